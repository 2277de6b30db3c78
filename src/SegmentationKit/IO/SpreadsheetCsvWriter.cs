using System.Globalization;
using System.Text;

namespace SegmentationKit.IO;

/// <summary>The one writer of the CSV files the kit writes for people (assignments, rejects, labels,
/// centres, CLV): UTF-8 without a byte order mark, LF line ends, RFC 4180 quoting, invariant numbers,
/// and every text cell passed through <see cref="SpreadsheetCsv.Neutralise"/>, so no cell runs as a
/// formula when the file is opened in a spreadsheet. Numbers are written with <see cref="Number"/>
/// and stay numbers.</summary>
/// <example><code>
/// using var csv = new SpreadsheetCsvWriter(path);
/// csv.Header("customer_id", "clv");
/// csv.Text(id).Number(clv).EndRow();
/// </code></example>
public sealed class SpreadsheetCsvWriter : IDisposable
{
    private readonly TextWriter _writer;
    private readonly bool _ownsWriter;
    private readonly char _separator;
    private readonly StringBuilder _line = new();
    private int _fields;
    private int _width = -1;

    /// <summary>Creates (or replaces) the file at <paramref name="path"/>.</summary>
    public SpreadsheetCsvWriter(string path, char separator = ',')
        : this(new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16), separator, ownsWriter: true) { }

    /// <summary>Writes to <paramref name="writer"/>, which the caller keeps.</summary>
    public SpreadsheetCsvWriter(TextWriter writer, char separator = ',') : this(writer, separator, ownsWriter: false) { }

    private SpreadsheetCsvWriter(TextWriter writer, char separator, bool ownsWriter)
    {
        _writer = writer;
        _separator = separator;
        _ownsWriter = ownsWriter;
    }

    /// <summary>Writes everything <paramref name="write"/> writes into a string.</summary>
    public static string ToText(Action<SpreadsheetCsvWriter> write)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new SpreadsheetCsvWriter(text)) write(csv);
        return text.ToString();
    }

    /// <summary>A header line: every name a text cell.</summary>
    public void Header(params IEnumerable<string> names)
    {
        foreach (var n in names) Text(n);
        EndRow();
    }

    /// <summary>A text cell; null is an empty cell.</summary>
    public SpreadsheetCsvWriter Text(string? value)
    {
        Separate();
        if (!string.IsNullOrEmpty(value)) _line.Append(SpreadsheetCsv.Quote(SpreadsheetCsv.Neutralise(value), _separator));
        return this;
    }

    /// <summary>A number cell (see <see cref="SpreadsheetCsv.Number"/>).</summary>
    public SpreadsheetCsvWriter Number(double value, string format = "R")
    {
        Separate();
        _line.Append(SpreadsheetCsv.Quote(SpreadsheetCsv.Number(value, format), _separator));
        return this;
    }

    /// <summary>A whole-number cell.</summary>
    public SpreadsheetCsvWriter Integer(long value)
    {
        Separate();
        _line.Append(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>Ends the record. Every record has as many fields as the first.</summary>
    public void EndRow()
    {
        if (_width < 0) _width = _fields;
        else if (_fields != _width)
            throw new InvalidOperationException($"a CSV row has {_fields} fields but the first row has {_width}");
        _line.Append('\n');
        _writer.Write(_line);
        _line.Clear();
        _fields = 0;
    }

    private void Separate()
    {
        if (_fields++ > 0) _line.Append(_separator);
    }

    public void Dispose()
    {
        // A row left open means the caller failed mid-row: its file is discarded, so no EndRow here.
        if (_ownsWriter) _writer.Dispose();
        else _writer.Flush();
    }
}
