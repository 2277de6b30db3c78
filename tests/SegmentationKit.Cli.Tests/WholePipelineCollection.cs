namespace SegmentationKit.Cli.Tests;

/// <summary>Tests that run the whole pipeline on the sample data: run alone, after the parallel tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WholePipelineCollection
{
    public const string Name = "whole pipeline";
}
