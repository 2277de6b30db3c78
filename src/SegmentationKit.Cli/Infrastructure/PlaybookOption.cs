using System.CommandLine;
using SegmentationKit.Profiling.Playbook;
using SegmentationKit.Segmenters.Configuration;

namespace SegmentationKit.Cli.Infrastructure;

/// <summary><c>--playbook FILE</c>: the YAML playbook that replaces or adds to the kit's default
/// plays (docs/profiles-and-clv.md, "What to do").</summary>
public sealed class PlaybookOption
{
    public Option<FileInfo?> Option { get; } = new("--playbook")
    {
        Description = "YAML playbook: plays that replace the default ones by id or come before them (see docs/profiles-and-clv.md)",
    };

    /// <summary>The playbook read from the file given, or null when none was.</summary>
    public Playbook? Read(ParseResult parseResult) =>
        parseResult.GetValue(Option) is { } file ? Playbook.FromConfig(ConfigNode.Load(file.FullName)) : null;
}
