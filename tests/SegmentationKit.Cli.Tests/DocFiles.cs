using SegmentationKit.TestSupport;

namespace SegmentationKit.Cli.Tests;

/// <summary>The documents the doc checks read: README.md, then docs/*.md in name order.</summary>
internal static class DocFiles
{
    public static IEnumerable<string> All() =>
        new[] { RepoPaths.Combine("README.md") }.Concat(Directory.GetFiles(RepoPaths.Combine("docs"), "*.md").Order(StringComparer.Ordinal));
}
