namespace SegmentationKit.Data;

/// <summary>How to read a customer or transaction CSV file.</summary>
public sealed record CsvReadOptions
{
    /// <summary>Separator, decimal mark and date format; <see cref="CsvDialect.Auto"/> (the default)
    /// decides from the header line.</summary>
    public CsvDialect Dialect { get; init; } = CsvDialect.Auto;

    /// <summary>Renames source headers to standard names and/or fixes their kinds. Null: headers
    /// are used as they are; standard names get their standard kinds, others are inferred.</summary>
    public ColumnMapping? Mapping { get; init; }

    /// <summary>The file's encoding, from <see cref="IO.TextInput.Choose"/>; null (the default)
    /// detects it (byte order mark, else valid UTF-8, else Windows-1252; see <see cref="IO.TextInput"/>).</summary>
    public IO.TextEncoding? Encoding { get; init; }

    public static CsvReadOptions Default { get; } = new();
}
