namespace SegmentationKit.Features;

/// <summary>Everything a fitted <see cref="PreprocessingPipeline"/> learned; its JSON form.</summary>
internal sealed record PipelineState(
    PreprocessingOptions Options,
    IReadOnlyList<ColumnStep> Columns,
    IReadOnlyList<string> EncodedNames,
    ColumnScaler Scaler,
    PrincipalComponents? Pca,
    IReadOnlyList<string> Diagnostics);
