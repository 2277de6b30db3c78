using SegmentationKit.IO;

namespace SegmentationKit.Data;

/// <summary>Writes rejected rows to a culture-invariant CSV (file, line, column, value, reason), so a
/// user can fix them in the source and load again. The values come from the user's file as they were,
/// so they go through <see cref="SpreadsheetCsvWriter"/>: a rejected <c>=HYPERLINK(…)</c> is shown, not run.</summary>
public static class RejectsCsv
{
    public static readonly IReadOnlyList<string> Header = ["file", "line", "column", "value", "reason"];

    public static void Write(string path, IEnumerable<RejectedRow> rejects)
    {
        using var csv = new SpreadsheetCsvWriter(path);
        csv.Header(Header);
        foreach (var r in rejects)
            csv.Text(r.File).Integer(r.Line).Text(r.Column).Text(r.Value).Text(r.Reason).EndRow();
    }
}
