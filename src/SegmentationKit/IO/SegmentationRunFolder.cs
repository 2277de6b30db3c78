using System.Globalization;
using CsvHelper;
using SegmentationKit.Errors;

namespace SegmentationKit.IO;

/// <summary>Reads the segmentation of a run folder: <c>segmentation.json</c> (the model's catalog and
/// provenance, small whatever the base) and the assignments and per-customer measures in the file it
/// names (<c>assignments.csv</c>), or in <c>assignments.parquet</c> when segmentation.json names that
/// or when the CSV is gone and the Parquet copy (<c>--format parquet</c>) is there. A <c>segmentation.json</c> that still holds its assignments (runs
/// written before the split, the demo's runs, <see cref="Segmentation.ToJson"/>) is read as it is.</summary>
public static class SegmentationRunFolder
{
    public const string SegmentationFile = "segmentation.json";
    public const string AssignmentsFile = "assignments.csv";

    private static readonly string[] FixedColumns = ["customer_id", "segment_id", "segment_name"];

    /// <summary>The segmentation of <paramref name="folder"/>.</summary>
    /// <exception cref="DataValidationException">A file is missing or not what the kit wrote.</exception>
    public static Segmentation Read(string folder)
    {
        var file = Path.Combine(folder, SegmentationFile);
        if (!File.Exists(file))
            throw new DataValidationException(file, null, null, null, "the run folder has no segmentation.json", "give a folder written by segkit segment --out");
        return Parse(TextInput.ReadAllText(file), folder);
    }

    /// <summary>The segmentation whose <c>segmentation.json</c> text is <paramref name="json"/>, its
    /// assignments file read from <paramref name="folder"/>.</summary>
    public static Segmentation Parse(string json, string folder)
    {
        var catalog = Segmentation.ReadCatalog(json);
        if (catalog.Embedded is not null) return catalog.Embedded;
        var path = Path.Combine(folder, catalog.AssignmentsFile!);
        var parquet = Path.ChangeExtension(path, Data.DataFileFormat.ParquetExtension);
        if (!File.Exists(path) && File.Exists(parquet)) path = parquet;
        var (ids, segments, measures) = Data.DataFileFormat.IsParquet(path)
            ? AssignmentsParquet.Read(path, catalog.CustomerCount, AssignmentsFix)
            : ReadAssignments(path, catalog.CustomerCount);
        try
        {
            return catalog.WithAssignments(ids, segments, measures);
        }
        catch (ArgumentException e)
        {
            throw new DataValidationException(path, null, "segment_id", null, $"the assignments do not match segmentation.json: {e.Message}",
                AssignmentsFix);
        }
    }

    private const string AssignmentsFix = "keep the assignments file the run wrote beside its segmentation.json, or rerun segkit segment";

    private static (string[] Ids, string[] Segments, Dictionary<string, double[]> Measures) ReadAssignments(string path, int expected)
    {
        const string fix = AssignmentsFix;
        if (!File.Exists(path))
            throw new DataValidationException(path, null, null, null, "the run folder has segmentation.json but not the assignments file it names", fix);
        using var csv = CsvReader.FromFile(path, new CsvReaderOptions { HasHeader = true, TrackLineNumbers = true, MalformedData = CsvMalformedDataHandling.Throw });
        string[] header;
        try
        {
            csv.ReadHeader();
            header = csv.Headers.Select((h, i) => i == 0 ? h.TrimStart('\uFEFF') : h).ToArray();
        }
        catch (CsvFormatException e)
        {
            throw new DataValidationException(path, 1, null, null, $"malformed header: {e.Message}", fix);
        }
        if (header.Length < FixedColumns.Length || !header.Take(FixedColumns.Length).SequenceEqual(FixedColumns))
            throw new DataValidationException(path, 1, null, null, $"the header must start with {string.Join(",", FixedColumns)}", fix);
        var ids = new string[expected];
        var segments = new string[expected];
        var measures = header.Skip(FixedColumns.Length).Select(_ => new double[expected]).ToArray();
        // A few segment ids for many customers: keep one string per segment.
        var segmentIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var row = 0;
        while (true)
        {
            try
            {
                if (!csv.Read()) break;
            }
            catch (CsvFormatException e)
            {
                throw new DataValidationException(path, e.LineNumber > 0 ? e.LineNumber : null, null, null, $"malformed CSV: {e.Message}", fix);
            }
            var line = csv.LineNumber;
            if (row == expected)
                throw new DataValidationException(path, line, null, null, $"the file has more rows than the {expected} customers segmentation.json counts", fix);
            if (csv.FieldCount != header.Length)
                throw new DataValidationException(path, line, null, null, $"the row has {csv.FieldCount} fields but the header has {header.Length}", fix);
            ids[row] = SpreadsheetCsv.Restore(csv.GetString(0) ?? "");
            var segment = SpreadsheetCsv.Restore(csv.GetString(1) ?? "");
            if (!segmentIds.TryGetValue(segment, out var shared)) segmentIds[segment] = shared = segment;
            segments[row] = shared;
            for (var m = 0; m < measures.Length; m++)
            {
                var cell = csv.GetString(FixedColumns.Length + m) ?? "";
                if (cell.Length == 0) measures[m][row] = double.NaN;
                else if (double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)) measures[m][row] = v;
                else throw new DataValidationException(path, line, header[FixedColumns.Length + m], cell, "not a number", fix);
            }
            row++;
        }
        if (row != expected)
            throw new DataValidationException(path, null, null, null, $"the file has {row} rows but segmentation.json counts {expected} customers", fix);
        var byName = new Dictionary<string, double[]>(StringComparer.Ordinal);
        for (var m = 0; m < measures.Length; m++) byName[header[FixedColumns.Length + m]] = measures[m];
        return (ids, segments, byName);
    }
}
