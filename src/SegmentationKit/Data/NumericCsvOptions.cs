namespace SegmentationKit.Data;

/// <summary>How to read a numeric CSV into a feature matrix (<see cref="NumericCsv.Load(string, NumericCsvOptions?)"/>).</summary>
public sealed record NumericCsvOptions
{
    /// <summary>Separator and decimal mark; <see cref="CsvDialect.Auto"/> (the default) decides from the header line.</summary>
    public CsvDialect Dialect { get; init; } = CsvDialect.Auto;

    /// <summary>Columns left out of the matrix, by header name (e.g. an id or a known answer). Their
    /// cells are not parsed, so they may hold text; every name must be in the header.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>The file's encoding, from <see cref="IO.TextInput.Choose"/>; null (the default)
    /// detects it (byte order mark, else valid UTF-8, else Windows-1252; see <see cref="IO.TextInput"/>).</summary>
    public IO.TextEncoding? Encoding { get; init; }

    /// <summary>Threads used to parse (-1: all cores). Does not change the result.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}
