using CsvHelper;
using SegmentationKit.Errors;
using SegmentationKit.IO;

namespace SegmentationKit.Data;

/// <summary>An open CSV file with its dialect resolved and its header read and mapped: the part
/// the customer and transaction loaders share.</summary>
internal sealed class CsvSource : IDisposable
{
    private readonly CsvReader _reader;

    private CsvSource(string path, TextEncoding encoding, CsvDialectRules dialect, CsvReader reader, string[] headers, string[] names, ColumnKind?[] mappedKinds)
    {
        Path = path;
        Encoding = encoding;
        Dialect = dialect;
        _reader = reader;
        Headers = headers;
        Names = names;
        MappedKinds = mappedKinds;
    }

    public string Path { get; }
    /// <summary>The encoding the file is read with (see <see cref="TextInput"/>).</summary>
    public TextEncoding Encoding { get; }
    public CsvDialectRules Dialect { get; }
    public CsvReader Reader => _reader;
    /// <summary>Headers as written in the file (trimmed).</summary>
    public string[] Headers { get; }
    /// <summary>Column names after the mapping, parallel to <see cref="Headers"/>.</summary>
    public string[] Names { get; }
    /// <summary>Kinds the mapping fixes, parallel to <see cref="Headers"/> (null: not fixed).</summary>
    public ColumnKind?[] MappedKinds { get; }
    /// <summary>Rough number of data rows, from the file size and the length of its first lines:
    /// a capacity hint so columns of a million rows are not regrown twenty times.</summary>
    public int EstimatedRows { get; private init; }

    /// <summary>1-based line of the current row (the header is line 1).</summary>
    public long Line => _reader.LineNumber;

    /// <param name="malformed">In a lenient load, receives each record with broken quoting, which
    /// the reader then skips; null in a strict load, where such a record is an error.</param>
    public static CsvSource Open(string path, CsvReadOptions? options, Action<CsvProblem>? malformed = null)
    {
        options ??= CsvReadOptions.Default;
        if (!File.Exists(path))
            throw new DataValidationException(path, null, null, null, "the file does not exist", "check the path");
        var encoding = TextInput.Detect(path, options.Encoding);
        var headerLine = FirstNonEmptyLine(path, encoding)
            ?? throw new DataValidationException(path, 1, null, null, "the file is empty", "export the table with its header line and at least one row");
        var dialect = CsvDialectRules.For(options.Dialect, headerLine);
        var reader = CsvReader.FromFile(path, new CsvReaderOptions
        {
            Separator = dialect.Separator,
            HasHeader = true,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            PoolStrings = true,
            // UTF-8 is read in place; anything else is transcoded to UTF-8 as it is read.
            Encoding = encoding.IsUtf8 ? null : encoding.Encoding,
            MalformedData = malformed is null ? CsvMalformedDataHandling.Throw : CsvMalformedDataHandling.Skip,
            OnMalformedRecord = malformed is null ? null : record => malformed(new CsvProblem(record.LineNumber, null, Shorten(record.RawRecord),
                $"malformed quoting ({Describe(record.Reason)})", QuotingFix)),
        });
        try
        {
            var headers = ReadHeaders(reader, path);
            var names = new string[headers.Length];
            var kinds = new ColumnKind?[headers.Length];
            var mapping = options.Mapping ?? ColumnMapping.Empty;
            foreach (var map in mapping.Columns)
                if (!headers.Any(h => map == mapping.Find(h)))
                    throw new DataValidationException(path, 1, map.Source, null, "the mapping names a column the header does not have",
                        $"fix the mapping or the header; the header has: {string.Join(", ", headers)}");
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < headers.Length; i++)
            {
                if (headers[i].Length == 0)
                    throw new DataValidationException(path, 1, $"#{i + 1}", null, $"column {i + 1} has no name in the header", "give every column a name");
                var map = mapping.Find(headers[i]);
                names[i] = map?.Name ?? headers[i];
                kinds[i] = map?.Kind;
                if (!seen.TryAdd(names[i], i))
                    throw new DataValidationException(path, 1, names[i], null,
                        $"the column appears twice (columns {seen[names[i]] + 1} and {i + 1})", "rename or remove one of them, or fix the mapping");
            }
            return new CsvSource(path, encoding, dialect, reader, headers, names, kinds) { EstimatedRows = EstimateRows(path) };
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    /// <summary>Index of the column loaded as <paramref name="name"/>, or -1.</summary>
    public int IndexOf(string name) => Array.IndexOf(Names, name);

    public int Require(string name, string what)
    {
        var i = IndexOf(name);
        if (i >= 0) return i;
        throw new DataValidationException(Path, 1, name, null, $"required column is missing ({what})",
            $"add a '{name}' column or map one of the headers to it with a mapping file (--mapping); the header has: {string.Join(", ", Headers)}");
    }

    /// <summary>Advances to the next data row; false at the end of the file. Malformed quoting
    /// becomes a <see cref="DataValidationException"/>.</summary>
    public bool Read()
    {
        try
        {
            return _reader.Read();
        }
        catch (CsvFormatException e)
        {
            throw new DataValidationException(Path, e.LineNumber > 0 ? e.LineNumber : null, null, null,
                $"malformed quoting: {ReaderDetail(e.Message)}", QuotingFix);
        }
    }

    /// <summary>A problem when the current row has a different number of fields than the header.</summary>
    public CsvProblem? FieldCountProblem()
    {
        var count = _reader.FieldCount;
        if (count == Headers.Length) return null;
        var column = count < Headers.Length ? Names[count] : null;
        return new CsvProblem(Line, column, null,
            $"the row has {count} field{(count == 1 ? "" : "s")} but the header has {Headers.Length}",
            $"check for a missing or extra '{Dialect.Separator}' on this line (values containing '{Dialect.Separator}' must be quoted)");
    }

    public string CellText(int field) => _reader.GetString(field) ?? "";

    /// <summary>A text cell as the writer of a file the kit wrote meant it (see <see cref="SpreadsheetCsv.Restore(string)"/>).</summary>
    public string TextValue(int field) => SpreadsheetCsv.Restore(_reader.GetString(field) ?? "");

    private const string QuotingFix =
        "quote a whole value (\"a, b\"), close every opening quote, and double a quote inside a quoted value (\"say \"\"hi\"\"\")";

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted value",
        CsvMalformedReason.TextAfterClosingQuote => "text after a closing quote",
        CsvMalformedReason.UnterminatedQuote => "a quote that is never closed",
        CsvMalformedReason.LineBreakInQuotes => "a line break inside quotes",
        _ => reason.ToString(),
    };

    /// <summary>CsvHelper's explanation without its own location prefix (the message gives the line)
    /// and final period (the message adds its own punctuation).</summary>
    private static string ReaderDetail(string message)
    {
        var colon = message.IndexOf("): ", StringComparison.Ordinal);
        var detail = message.StartsWith("Malformed CSV in record", StringComparison.Ordinal) && colon > 0 ? message[(colon + 3)..] : message;
        return detail.TrimEnd('.');
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";

    public void Dispose() => _reader.Dispose();

    private static string[] ReadHeaders(CsvReader reader, string path)
    {
        try
        {
            reader.ReadHeader();
            // A UTF-8 byte order mark must not become part of the first column's name.
            // The kit's own files mark text that would run as a formula (see SpreadsheetCsv).
            return reader.Headers.Select((h, i) => SpreadsheetCsv.Restore((i == 0 ? h.TrimStart('\uFEFF') : h).Trim())).ToArray();
        }
        catch (CsvFormatException e)
        {
            throw new DataValidationException(path, 1, null, null, $"malformed header: {e.Message}", "close every quoted header with a quote");
        }
    }

    private static int EstimateRows(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[64 * 1024];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        var lines = buffer.AsSpan(0, read).Count((byte)'\n');
        if (lines == 0) return 16;
        var estimate = (double)stream.Length / read * lines * 1.05;
        return (int)Math.Clamp(estimate, 16, 100_000_000);
    }

    private static string? FirstNonEmptyLine(string path, TextEncoding encoding)
    {
        using var stream = File.OpenRead(path);
        stream.Position = encoding.PreambleBytes;
        using var text = new StreamReader(stream, encoding.Encoding, detectEncodingFromByteOrderMarks: false);
        while (text.ReadLine() is { } line)
            if (line.Trim().Length > 0) return line;
        return null;
    }
}
