using CsvHelper;

namespace SegmentationKit.Data;

/// <summary>Writes rejected rows to a culture-invariant CSV (file, line, column, value, reason), so a
/// user can fix them in the source and load again.</summary>
public static class RejectsCsv
{
    public static readonly IReadOnlyList<string> Header = ["file", "line", "column", "value", "reason"];

    public static void Write(string path, IEnumerable<RejectedRow> rejects)
    {
        using var writer = CsvWriter.ToFile(path, new CsvWriterOptions { NewLine = "\n" });
        writer.WriteHeader(Header.ToArray());
        foreach (var r in rejects)
            writer.WriteRecord([r.File, r.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Column ?? "", r.Value ?? "", r.Reason]);
    }
}
