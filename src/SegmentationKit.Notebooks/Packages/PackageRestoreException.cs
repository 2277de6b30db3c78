using SegmentationKit.Errors;

namespace SegmentationKit.Notebooks.Packages;

/// <summary>A <c>#r "nuget: …"</c> or <c>#i "nuget: …"</c> line that could not be honoured: a
/// malformed directive, a package or version the sources do not have, a source that does not exist.</summary>
public sealed class PackageRestoreException : SegmentationKitException
{
    public PackageRestoreException(int line, string problem, string fix)
        : base($"{problem}. Fix: {fix}")
    {
        Line = line;
    }

    /// <summary>1-based line of the directive in its cell.</summary>
    public int Line { get; }
}
