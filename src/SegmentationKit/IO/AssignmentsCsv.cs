namespace SegmentationKit.IO;

/// <summary>Writes <c>assignments.csv</c>: <c>customer_id,segment_id,segment_name</c> and chosen
/// per-customer measures, one row per customer in the segmentation's order, with
/// <see cref="SpreadsheetCsvWriter"/> (RFC 4180 quoting, round-trip invariant numbers, an empty cell for
/// a missing measure, text cells safe to open in a spreadsheet).</summary>
public static class AssignmentsCsv
{
    /// <param name="measures">Measure names to add as columns, in order; each must be in
    /// <see cref="Segmentation.CustomerMeasures"/>. Null: every measure, sorted by name.</param>
    public static void Write(string path, Segmentation segmentation, IReadOnlyList<string>? measures = null)
    {
        var (names, columns) = Measures(segmentation, measures);
        var nameOf = segmentation.Segments.ToDictionary(s => s.Id, s => s.Name, StringComparer.Ordinal);
        using var csv = new SpreadsheetCsvWriter(path);
        csv.Header(["customer_id", "segment_id", "segment_name", .. names]);
        for (var i = 0; i < segmentation.CustomerCount; i++)
        {
            var segment = segmentation.SegmentIds[i];
            csv.Text(segmentation.CustomerIds[i]).Text(segment).Text(nameOf[segment]);
            foreach (var c in columns) csv.Number(c[i]);
            csv.EndRow();
        }
    }

    /// <summary>The measure columns <paramref name="measures"/> names (null: all, sorted by name).</summary>
    internal static (IReadOnlyList<string> Names, double[][] Columns) Measures(Segmentation segmentation, IReadOnlyList<string>? measures)
    {
        var names = measures ?? segmentation.CustomerMeasures.Keys.ToList();
        foreach (var m in names)
            if (!segmentation.CustomerMeasures.ContainsKey(m))
                throw new ArgumentException($"the segmentation has no measure '{m}'", nameof(measures));
        return (names, names.Select(m => segmentation.CustomerMeasures[m]).ToArray());
    }
}
