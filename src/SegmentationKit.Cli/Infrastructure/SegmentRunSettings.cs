namespace SegmentationKit.Cli.Infrastructure;

/// <summary>The options of a segment run that shape its files and manifest beyond the method itself.</summary>
/// <param name="Xlsx">Also write assignments.xlsx.</param>
/// <param name="Lenient">The data was loaded leniently (recorded in the manifest).</param>
/// <param name="ConfigPath">The --config file, or null.</param>
/// <param name="PlaybookPath">The --playbook file (full path), or null.</param>
public sealed record SegmentRunSettings(bool Xlsx, bool Lenient, string? ConfigPath, string? PlaybookPath)
{
    /// <summary>Also write assignments.parquet (<c>--format parquet</c>).</summary>
    public bool Parquet { get; init; }
}
