using System.Globalization;
using System.Text;
using SegmentationKit.Errors;
using SegmentationKit.IO;

namespace SegmentationKit.Cli.NumericClustering;

/// <summary>Label files: <c>row,label</c> with the data row index counted from 0 (what
/// <c>segkit cluster</c> writes), or a single <c>label</c> column with one label per data row in order.
/// Labels are text (any value; "2" and "02" are different labels). Separator <c>,</c>, or <c>;</c> when
/// the header has no comma.</summary>
public static class LabelsCsv
{
    public const string RowColumn = "row";
    public const string LabelColumn = "label";

    /// <summary>Writes <c>row,label</c>, one line per row, rows from 0.</summary>
    public static void Write(string path, IReadOnlyList<int> labels)
    {
        using var csv = new SpreadsheetCsvWriter(path);
        csv.Header(RowColumn, LabelColumn);
        for (var i = 0; i < labels.Count; i++) csv.Integer(i).Integer(labels[i]).EndRow();
    }

    /// <summary>The label of every one of <paramref name="dataRows"/> rows, in data order. Every row
    /// must be labelled exactly once; anything else is a <see cref="DataValidationException"/>.</summary>
    /// <param name="dataFile">The data file, named in the messages about row counts.</param>
    public static string[] Read(string path, int dataRows, string dataFile)
    {
        if (!File.Exists(path))
            throw new DataValidationException(path, null, null, null, "the file does not exist", "check the path");
        var encoding = TextInput.Detect(path);
        using var stream = File.OpenRead(path);
        stream.Position = encoding.PreambleBytes;
        using var reader = new StreamReader(stream, encoding.Encoding, detectEncodingFromByteOrderMarks: false);
        var header = reader.ReadLine();
        if (header is null || header.Trim().Length == 0)
            throw new DataValidationException(path, 1, null, null, "the file is empty",
                $"write a header line '{RowColumn},{LabelColumn}' and one line per data row");
        var separator = header.Contains(',') || !header.Contains(';') ? ',' : ';';
        var names = header.Split(separator).Select(Unquote).ToArray();
        if (names.Length > 2)
            throw new DataValidationException(path, 1, null, header,
                $"a labels file has one column (a label per data row, in order) or two (row index, label); this one has {names.Length}",
                $"keep only the row index and the label columns, e.g. '{RowColumn},{LabelColumn}'");
        var withRows = names.Length == 2;
        var labels = new string?[dataRows];
        var firstLine = withRows ? new long[dataRows] : null;
        long line = 1;
        var count = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Trim().Length == 0) continue;
            var cells = text.Split(separator);
            if (cells.Length != names.Length)
                throw new DataValidationException(path, line, cells.Length < names.Length ? names[cells.Length] : null, null,
                    $"the row has {cells.Length} field{(cells.Length == 1 ? "" : "s")} but the header has {names.Length}",
                    $"check for a missing or extra '{separator}' on this line");
            var label = Unquote(cells[^1]);
            if (label.Length == 0)
                throw new DataValidationException(path, line, names[^1], "", "empty label", "give every row a label");
            int row;
            if (withRows)
            {
                var rowText = Unquote(cells[0]);
                if (!int.TryParse(rowText, NumberStyles.None, CultureInfo.InvariantCulture, out row))
                    throw new DataValidationException(path, line, names[0], rowText, "the row index is not a whole number ≥ 0",
                        "count data rows from 0, as segkit cluster writes them");
                if (row >= dataRows)
                    throw new DataValidationException(path, line, names[0], rowText,
                        $"no such row: {dataFile} has {dataRows} data rows, indexed 0–{dataRows - 1}",
                        "give labels for the rows of this data file (row indices count data rows from 0)");
                if (labels[row] is not null)
                    throw new DataValidationException(path, line, names[0], rowText, $"row {row} is labelled twice (first on line {firstLine![row]})",
                        "keep one label per row");
                firstLine![row] = line;
            }
            else
            {
                row = count;
                if (row >= dataRows)
                    throw new DataValidationException(path, line, null, null,
                        $"more labels than data rows: {dataFile} has {dataRows} data rows",
                        "give one label per data row, in the data's order");
            }
            labels[row] = label;
            count++;
        }
        if (count < dataRows)
        {
            var missing = Array.FindIndex(labels, l => l is null);
            throw new DataValidationException(path, null, null, null,
                $"{count} rows are labelled but {dataFile} has {dataRows} data rows" + (withRows ? $"; the first row without a label is row {missing}" : ""),
                withRows ? "label every data row once" : "give one label per data row, in the data's order");
        }
        return labels!;
    }

    /// <summary>The cell's text: quotes removed, and the text mark of a file the kit wrote
    /// (<see cref="SpreadsheetCsv.Restore(string)"/>).</summary>
    private static string Unquote(string cell)
    {
        var t = cell.Trim();
        if (t.Length >= 2 && t[0] == '"' && t[^1] == '"') t = t[1..^1].Replace("\"\"", "\"").Trim();
        return SpreadsheetCsv.Restore(t.TrimStart('\uFEFF'));
    }
}
