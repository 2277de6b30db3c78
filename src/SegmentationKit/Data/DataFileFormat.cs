namespace SegmentationKit.Data;

/// <summary>How the kit tells a Parquet data file from a CSV one: by its extension, so a user sees
/// the format in the file name and no content sniffing guesses wrong.</summary>
public static class DataFileFormat
{
    public const string ParquetExtension = ".parquet";

    public static bool IsParquet(string path) =>
        Path.GetExtension(path).Equals(ParquetExtension, StringComparison.OrdinalIgnoreCase);
}
