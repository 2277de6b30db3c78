using SegmentationKit.Data.Parquet;
using SegmentationKit.Errors;

namespace SegmentationKit.IO;

/// <summary>Writes and reads <c>assignments.parquet</c>: the columns and values of
/// <see cref="AssignmentsCsv"/> typed — <c>customer_id</c>, <c>segment_id</c>, <c>segment_name</c> as
/// text, each per-customer measure as a nullable DOUBLE (a missing measure is a null, as it is an
/// empty cell in the CSV). No spreadsheet escaping: Parquet is not opened as a spreadsheet.</summary>
public static class AssignmentsParquet
{
    public const string FileName = "assignments.parquet";

    /// <param name="measures">Measure columns in order (null: every measure, sorted by name), as <see cref="AssignmentsCsv.Write"/>.</param>
    public static void Write(string path, Segmentation segmentation, IReadOnlyList<string>? measures = null)
    {
        var (names, columns) = AssignmentsCsv.Measures(segmentation, measures);
        var nameOf = segmentation.Segments.ToDictionary(s => s.Id, s => s.Name, StringComparer.Ordinal);
        var outputs = new List<ParquetColumnWriter.Output>
        {
            ParquetColumnWriter.Text("customer_id", segmentation.CustomerIds),
            ParquetColumnWriter.Text("segment_id", segmentation.SegmentIds),
            ParquetColumnWriter.Text("segment_name", segmentation.SegmentIds.Select(s => nameOf[s]).ToArray()),
        };
        for (var m = 0; m < names.Count; m++) outputs.Add(ParquetColumnWriter.Numbers(names[m], columns[m]));
        ParquetColumnWriter.Write(path, segmentation.CustomerCount, outputs);
    }

    /// <summary>Reads the file back: ids, segment ids and measures by name (NaN for a null).</summary>
    /// <param name="fix">The way out a bad file's error gives.</param>
    internal static (string[] Ids, string[] Segments, Dictionary<string, double[]> Measures) Read(string path, int expected, string fix)
    {
        using var source = ParquetSource.Open(path, null);
        string[] fixedColumns = ["customer_id", "segment_id", "segment_name"];
        if (source.Names.Length < fixedColumns.Length || !source.Names.Take(fixedColumns.Length).SequenceEqual(fixedColumns))
            throw new DataValidationException(path, null, null, null, "the first columns must be customer_id, segment_id, segment_name", fix);
        if (source.RowCount != expected)
            throw new DataValidationException(path, null, null, null, $"the file has {source.RowCount} rows but segmentation.json counts {expected} customers", fix);
        for (var f = 0; f < 2; f++)
            if (source.KindOf(f) != ParquetValueKind.Text)
                throw new DataValidationException(path, null, source.Names[f], null, $"the column is stored as {ParquetCells.Describe(source.Fields[f])}, not text", fix);
        for (var f = fixedColumns.Length; f < source.Names.Length; f++)
            if (source.KindOf(f) != ParquetValueKind.Number)
                throw new DataValidationException(path, null, source.Names[f], null, $"the measure is stored as {ParquetCells.Describe(source.Fields[f])}, not as a number", fix);

        var ids = new string[expected];
        var segments = new string[expected];
        var measures = new double[source.Names.Length - fixedColumns.Length][];
        for (var m = 0; m < measures.Length; m++) measures[m] = new double[expected];
        var segmentIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var read = Enumerable.Range(0, source.Names.Length).Where(f => f != 2).ToArray();
        foreach (var group in source.RowGroups(read))
        {
            for (var r = 0; r < group.Rows; r++)
            {
                var row = (int)group.FirstRow + r;
                ids[row] = group.Cells[0]!.Text(r) ?? throw new DataValidationException(path, group.LineOf(r), "customer_id", null, "the customer id is null", fix);
                var segment = group.Cells[1]!.Text(r) ?? throw new DataValidationException(path, group.LineOf(r), "segment_id", null, "the segment id is null", fix);
                if (!segmentIds.TryGetValue(segment, out var shared)) segmentIds[segment] = shared = segment;
                segments[row] = shared;
                for (var m = 0; m < measures.Length; m++)
                {
                    var cells = group.Cells[fixedColumns.Length + m]!;
                    measures[m][row] = cells.IsNull(r) ? double.NaN : cells.Number(r);
                }
            }
        }
        var byName = new Dictionary<string, double[]>(StringComparer.Ordinal);
        for (var m = 0; m < measures.Length; m++) byName[source.Names[fixedColumns.Length + m]] = measures[m];
        return (ids, segments, byName);
    }
}
