using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using SegmentationKit.Errors;
using SegmentationKit.Features;
using SegmentationKit.IO;

namespace SegmentationKit.Data;

/// <summary>Reads any all-numeric CSV with a header line into a <see cref="FeatureMatrix"/>, fast:
/// the file is read in large blocks of UTF-8 bytes, each block is cut at line ends into parts parsed
/// in parallel straight from the bytes (no string per cell), and the parts are appended in file order,
/// so the result does not depend on the thread count. Reads the encodings of <see cref="TextInput"/>
/// (UTF-8 in place, checked part by part in the same pass; UTF-16/32 transcoded; Windows-1252 from the
/// bytes, since numbers are ASCII in every one of them). Accepts a UTF-8 byte order mark, CRLF or LF line
/// ends, quoted header names and quoted numbers, blank lines (skipped), and the kit's two dialects
/// (<c>,</c> with a decimal point, or <c>;</c> with a decimal comma; see <see cref="CsvDialect"/>).
/// Every cell of a kept column must be a finite number: an empty cell, text, NaN or ∞ stops the load
/// with a <see cref="DataValidationException"/> naming file, line (header = 1), column, value and fix.</summary>
public static class NumericCsv
{
    private const int BlockBytes = 8 << 20;
    private const int MinPartBytes = 128 << 10;

    /// <summary>Loads <paramref name="path"/> (columns in header order, minus <see cref="NumericCsvOptions.Exclude"/>).</summary>
    public static FeatureMatrix Load(string path, NumericCsvOptions? options = null) => Load(path, options, out _);

    /// <summary>Loads <paramref name="path"/> and says which encoding it was read with.</summary>
    public static FeatureMatrix Load(string path, NumericCsvOptions? options, out TextEncoding encoding)
    {
        options ??= new NumericCsvOptions();
        if (!File.Exists(path))
            throw new DataValidationException(path, null, null, null, "the file does not exist", "check the path");
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var head = new byte[256];
        var declared = TextInput.FromHead(head.AsSpan(0, file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)), options.Encoding);
        file.Position = 0;
        Stream stream = file;
        var length = file.Length;
        if (declared is { IsUtf8: false, IsSingleByteAscii: false })
        {
            // UTF-16 or UTF-32: transcoded to UTF-8 as it is read; a bad sequence throws.
            file.Position = declared.PreambleBytes;
            stream = Encoding.CreateTranscodingStream(file, declared.Encoding, Encoding.UTF8, leaveOpen: true);
            length = (length - declared.PreambleBytes) / (declared.Encoding is UTF32Encoding ? 4 : 2);
        }
        try
        {
            return Load(path, options, stream, length, declared, out encoding);
        }
        catch (DecoderFallbackException)
        {
            TextInput.Detect(path, options.Encoding); // throws the error with its line
            throw;
        }
        finally
        {
            if (stream != file) stream.Dispose();
        }
    }

    private static FeatureMatrix Load(string path, NumericCsvOptions options, Stream stream, long length, TextEncoding? declared, out TextEncoding encoding)
    {
        var blocks = new BlockReader(stream, length);
        var (layout, headerLines) = ReadHeader(path, blocks, options, ref declared);
        var degree = options.MaxDegreeOfParallelism == -1 ? Environment.ProcessorCount : options.MaxDegreeOfParallelism;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = degree };
        var kept = layout.Kept;

        var values = Array.Empty<double>();
        long rows = 0;
        long nextLine = headerLines + 1;
        (byte Byte, long Line)? notUtf8 = null;
        while (blocks.NextLines() is { } chunk)
        {
            var parts = Split(blocks.Buffer, chunk.Start, chunk.Length, degree);
            var results = new PartResult[parts.Count];
            Parallel.For(0, parts.Count, parallel, p => results[p] = ParsePart(blocks.Buffer, parts[p].Start, parts[p].Length, layout));
            try
            {
                long chunkRows = 0;
                var line = nextLine;
                foreach (var part in results)
                {
                    if (part.NotUtf8 is { } bad && notUtf8 is null)
                    {
                        if (declared is not null) throw TextInput.NotUtf8(path, declared, bad.Byte, line + bad.LineInPart);
                        notUtf8 = (bad.Byte, line + bad.LineInPart);
                    }
                    if (part.Problem is { } problem)
                        throw new DataValidationException(path, line + problem.LineInPart, problem.Column, problem.Value, problem.Text, problem.Fix);
                    chunkRows += part.Rows;
                    line += part.Lines;
                }
                if ((rows + chunkRows) * kept > Array.MaxLength)
                    throw new DataValidationException(path, nextLine, null, null,
                        $"the file has more than {Array.MaxLength / kept} rows of {kept} columns, the most one matrix can hold",
                        "split the file or use fewer columns (exclude some)");
                // Sized once per block, from the share of the file read so far (this block included).
                values = Grow(values, (rows + chunkRows) * kept, blocks.ConsumedShare);
                foreach (var part in results)
                {
                    part.Values.AsSpan(0, part.Rows * kept).CopyTo(values.AsSpan((int)(rows * kept)));
                    rows += part.Rows;
                }
                nextLine = line;
            }
            finally
            {
                foreach (var part in results)
                    if (part is not null) ArrayPool<double>.Shared.Return(part.Values);
            }
        }

        if (rows == 0)
            throw new DataValidationException(path, headerLines + 1, null, null, "the file has a header but no data rows",
                "add at least one row of numbers under the header");
        if (values.Length != rows * kept) Array.Resize(ref values, (int)(rows * kept));
        // Without a mark and with an ASCII header, a byte that is not UTF-8 can only sit in an
        // excluded column: the numbers read the same either way, only the name of the encoding changes.
        encoding = declared ?? TextInput.FallbackFor(notUtf8);
        return new FeatureMatrix(values, (int)rows, kept, layout.KeptNames);
    }

    /// <summary>Grows the result for <paramref name="needed"/> values; the new size extrapolates
    /// from the share of the file read so far, so a big file is regrown about once, not twenty times.</summary>
    private static double[] Grow(double[] values, long needed, double consumedShare)
    {
        if (needed <= values.Length) return values;
        var estimate = consumedShare > 0 ? needed / consumedShare * 1.02 + 1024 : needed * 2.0;
        var size = (int)Math.Min(Array.MaxLength, Math.Max(needed, Math.Max(estimate, values.Length * 1.5)));
        var grown = GC.AllocateUninitializedArray<double>(size);
        values.CopyTo(grown, 0);
        return grown;
    }

    private static (Layout Layout, long HeaderLine) ReadHeader(string path, BlockReader blocks, NumericCsvOptions options, ref TextEncoding? declared)
    {
        long line = 0;
        string? header = null;
        while (blocks.NextLine() is { } bytes)
        {
            line++;
            if (declared is null && !Ascii.IsValid(bytes))
                // A header with accents decides how every name reads: check the whole file first.
                declared = TextInput.Detect(path, options.Encoding);
            if (declared is { IsUtf8: true } && !System.Text.Unicode.Utf8.IsValid(bytes))
                throw TextInput.NotUtf8(path, declared, bytes.First(b => b >= 0x80), line);
            var text = (declared is { IsSingleByteAscii: true } single ? single.Encoding.GetString(bytes) : Encoding.UTF8.GetString(bytes)).TrimEnd('\r');
            if (text.Trim().Length > 0) { header = text; break; }
        }
        if (header is null)
            throw new DataValidationException(path, 1, null, null, "the file is empty", "export the table with its header line and at least one row");

        var dialect = CsvDialectRules.For(options.Dialect, header);
        var names = SplitHeader(path, line, header, dialect.Separator);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i].Length == 0)
                throw new DataValidationException(path, line, $"#{i + 1}", null, $"column {i + 1} has no name in the header", "give every column a name");
            if (!seen.TryAdd(names[i], i))
                throw new DataValidationException(path, line, names[i], null,
                    $"the column appears twice (columns {seen[names[i]] + 1} and {i + 1})", "rename or remove one of them");
        }
        foreach (var excluded in options.Exclude)
            if (!seen.ContainsKey(excluded))
                throw new DataValidationException(path, line, excluded, null, "the column to exclude is not in the header",
                    $"name columns as the header writes them: {string.Join(", ", names)}");
        var keep = new int[names.Count];
        var keptNames = new List<string>();
        for (var i = 0; i < names.Count; i++)
        {
            keep[i] = options.Exclude.Contains(names[i]) ? -1 : keptNames.Count;
            if (keep[i] >= 0) keptNames.Add(names[i]);
        }
        if (keptNames.Count == 0)
            throw new DataValidationException(path, line, null, null, "every column is excluded, so no feature is left",
                "exclude fewer columns");
        return (new Layout(names.ToArray(), keep, keptNames.ToArray(), (byte)dialect.Separator, dialect,
            declared is { IsSingleByteAscii: true } d ? d.Encoding : null, declared is null || declared.IsUtf8), line);
    }

    /// <summary>Header names split outside quotes, unquoted (<c>""</c> inside quotes is one quote) and trimmed.</summary>
    private static List<string> SplitHeader(string path, long line, string header, char separator)
    {
        var names = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < header.Length; i++)
        {
            var ch = header[i];
            if (quoted)
            {
                if (ch != '"') current.Append(ch);
                else if (i + 1 < header.Length && header[i + 1] == '"') { current.Append('"'); i++; }
                else quoted = false;
            }
            else if (ch == '"') quoted = true;
            else if (ch == separator) { names.Add(current.ToString().Trim()); current.Clear(); }
            else current.Append(ch);
        }
        if (quoted)
            throw new DataValidationException(path, line, null, null, "malformed header: a quote that is never closed",
                "close every quoted header with a quote");
        names.Add(current.ToString().Trim());
        // The kit's own files mark text that would run as a formula (see SpreadsheetCsv).
        return names.Select(SpreadsheetCsv.Restore).ToList();
    }

    /// <summary>Cuts [start, start + length) into parts that end at line ends, enough to keep every thread busy.</summary>
    private static List<(int Start, int Length)> Split(byte[] buffer, int start, int length, int degree)
    {
        var count = Math.Clamp(length / MinPartBytes, 1, Math.Max(1, degree * 4));
        var parts = new List<(int, int)>(count);
        var from = start;
        var end = start + length;
        for (var p = 1; p <= count && from < end; p++)
        {
            var to = p == count ? end : start + (int)((long)length * p / count);
            if (to < end)
            {
                var newline = buffer.AsSpan(to, end - to).IndexOf((byte)'\n');
                to = newline < 0 ? end : to + newline + 1;
            }
            if (to <= from) continue;
            parts.Add((from, to - from));
            from = to;
        }
        return parts;
    }

    // Hot loops: compiled fully optimised at once, so a cold process does not parse its first
    // hundreds of thousands of rows in unoptimised tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static PartResult ParsePart(byte[] buffer, int start, int length, Layout layout)
    {
        var text = buffer.AsSpan(start, length);
        var lines = text.Count((byte)'\n');
        // Parts end at line ends, so a valid part never cuts a multi-byte character.
        var notUtf8 = layout.CheckUtf8 && !System.Text.Unicode.Utf8.IsValid(text) ? FirstNotUtf8(text) : null;
        var kept = layout.Kept;
        var values = ArrayPool<double>.Shared.Rent((lines + 1) * kept);
        var rows = 0;
        var line = 0;
        while (!text.IsEmpty)
        {
            var newline = text.IndexOf((byte)'\n');
            var current = newline < 0 ? text : text[..newline];
            text = newline < 0 ? default : text[(newline + 1)..];
            if (!current.IsEmpty && current[^1] == (byte)'\r') current = current[..^1];
            if (!IsBlank(current))
            {
                if (ParseRow(current, layout, values.AsSpan(rows * kept, kept)) is { } problem)
                    return new PartResult(values, rows, lines, problem with { LineInPart = line }, notUtf8);
                rows++;
            }
            line++;
        }
        return new PartResult(values, rows, lines, null, notUtf8);
    }

    private static NotUtf8Byte FirstNotUtf8(ReadOnlySpan<byte> text)
    {
        var at = 0;
        while (System.Text.Rune.DecodeFromUtf8(text[at..], out _, out var consumed) == System.Buffers.OperationStatus.Done) at += consumed;
        return new NotUtf8Byte(text[at], text[..at].Count((byte)'\n'));
    }

    // Hot loops: compiled fully optimised at once, so a cold process does not parse its first
    // hundreds of thousands of rows in unoptimised tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Problem? ParseRow(ReadOnlySpan<byte> line, Layout layout, Span<double> row)
    {
        var separator = layout.Separator;
        var fields = layout.Names.Length;
        var rest = line;
        for (var field = 0; ; field++)
        {
            ReadOnlySpan<byte> cell;
            var after = -1;
            var trimmed = rest.TrimStart(" \t"u8);
            if (!trimmed.IsEmpty && trimmed[0] == (byte)'"')
            {
                var close = trimmed[1..].IndexOf((byte)'"');
                if (close < 0)
                    return Fail(layout, field < fields ? layout.Names[field] : null, trimmed, "malformed quoting (a quote that is never closed)",
                        "close every opening quote, or write numbers without quotes");
                cell = trimmed.Slice(1, close);
                var tail = trimmed[(close + 2)..];
                var next = tail.IndexOf(separator);
                var between = next < 0 ? tail : tail[..next];
                if (!IsBlank(between))
                    return Fail(layout, field < fields ? layout.Names[field] : null, trimmed[..(close + 2 + between.Length)],
                        "malformed quoting (text after a closing quote)", "quote a whole value or none of it");
                if (next >= 0) after = line.Length - tail.Length + next;
            }
            else
            {
                var next = rest.IndexOf(separator);
                cell = next < 0 ? rest : rest[..next];
                if (next >= 0) after = line.Length - rest.Length + next;
            }

            if (field >= fields)
            {
                var count = fields + 1 + (after < 0 ? 0 : 1 + line[(after + 1)..].Count(separator));
                return Ragged(layout, count);
            }
            var target = layout.Keep[field];
            if (target >= 0)
            {
                var value = cell.Trim(" \t"u8);
                var name = layout.Names[field];
                if (value.IsEmpty)
                    return Fail(layout, name, value, "empty cell: this reader needs a number in every cell of a kept column",
                        "fill in the value or remove the row, or leave the column out (exclude it)");
                if (!FastDoubleParser.TryParse(value, layout.DecimalMark, out var number) && !CsvCells.TryParseNumber(value, layout.Dialect.Numbers, out number))
                    return Fail(layout, name, value, "not a number",
                        $"write numbers like {layout.Dialect.NumberExample} with no thousands separator (file read as {layout.Dialect.Describe()}; " +
                        "set the dialect if that is wrong), or leave the column out (exclude it)");
                if (!double.IsFinite(number))
                    return Fail(layout, name, value, double.IsNaN(number) ? "NaN is not a usable value" : "not a finite number (infinite or out of range)",
                        "replace it with a finite number or remove the row");
                row[target] = number;
            }
            if (after < 0)
                return field + 1 == fields ? null : Ragged(layout, field + 1);
            rest = line[(after + 1)..];
        }
    }

    private static Problem Ragged(Layout layout, int count) =>
        new(0, count < layout.Names.Length ? layout.Names[count] : null, null,
            $"the row has {count} field{(count == 1 ? "" : "s")} but the header has {layout.Names.Length}",
            $"check for a missing or extra '{(char)layout.Separator}' on this line");

    private static Problem Fail(Layout layout, string? column, ReadOnlySpan<byte> value, string text, string fix) =>
        new(0, column, Shorten(layout.Decode(value)), text, fix);

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";

    private static bool IsBlank(ReadOnlySpan<byte> s) => s.TrimStart(" \t\r"u8).IsEmpty;

    /// <param name="SingleByte">The encoding of the bytes when it is Windows-1252 or another
    /// single-byte one; null when they are UTF-8 (read in place or transcoded).</param>
    /// <param name="CheckUtf8">Whether parts check that their bytes are UTF-8.</param>
    private sealed record Layout(string[] Names, int[] Keep, string[] KeptNames, byte Separator, CsvDialectRules Dialect,
        Encoding? SingleByte, bool CheckUtf8)
    {
        public int Kept => KeptNames.Length;
        public byte DecimalMark { get; } = (byte)Dialect.Numbers.NumberDecimalSeparator[0];

        /// <summary>A cell as text for a message: never a U+FFFD for a byte that is not UTF-8.</summary>
        public string Decode(ReadOnlySpan<byte> bytes) =>
            SingleByte is { } single ? single.GetString(bytes)
            : System.Text.Unicode.Utf8.IsValid(bytes) ? Encoding.UTF8.GetString(bytes) : TextInput.Windows1252().GetString(bytes);
    }

    /// <param name="LineInPart">0-based line of the byte within its part.</param>
    private sealed record NotUtf8Byte(byte Byte, long LineInPart);

    /// <param name="LineInPart">0-based line of the problem within its part.</param>
    private sealed record Problem(long LineInPart, string? Column, string? Value, string Text, string Fix);

    private sealed record PartResult(double[] Values, int Rows, int Lines, Problem? Problem, NotUtf8Byte? NotUtf8);

    /// <summary>Hands out the file as runs of whole lines from one reusable buffer.</summary>
    /// <param name="length">Bytes the stream will give, or an estimate (a transcoding stream has no length).</param>
    private sealed class BlockReader(Stream stream, long length)
    {
        private int _start;
        private int _filled;
        private bool _eof;
        private long _consumed;
        private readonly long _length = length;

        public byte[] Buffer { get; private set; } = new byte[(int)Math.Min(BlockBytes, Math.Max(4096, length + 1))];

        /// <summary>Share of the file handed out so far (0–1).</summary>
        public double ConsumedShare => _length == 0 ? 1 : (double)_consumed / _length;

        /// <summary>The next line without its '\n' (the header), or null at the end of the file.</summary>
        public byte[]? NextLine()
        {
            while (true)
            {
                var pending = Buffer.AsSpan(_start, _filled - _start);
                var newline = pending.IndexOf((byte)'\n');
                if (newline >= 0 || (_eof && !pending.IsEmpty))
                {
                    var length = newline < 0 ? pending.Length : newline;
                    var line = pending[..length].ToArray();
                    Advance(newline < 0 ? length : length + 1);
                    return line;
                }
                if (_eof) return null;
                Fill();
            }
        }

        /// <summary>The next run of whole lines (the last one may lack its '\n' at the end of the file), or null.</summary>
        public (int Start, int Length)? NextLines()
        {
            while (true)
            {
                var pending = Buffer.AsSpan(_start, _filled - _start);
                if (_eof)
                {
                    if (pending.IsEmpty) return null;
                    var all = (_start, pending.Length);
                    Advance(pending.Length);
                    return all;
                }
                // Fill first, so each run is about one full block, not a leftover tail.
                if (_start > 0 || _filled < Buffer.Length) { Fill(); continue; }
                var last = pending.LastIndexOf((byte)'\n');
                if (last < 0) { Fill(); continue; }
                var run = (_start, last + 1);
                Advance(last + 1);
                return run;
            }
        }

        private void Advance(int bytes)
        {
            _start += bytes;
            _consumed += bytes;
        }

        /// <summary>Moves unread bytes to the front (growing the buffer when one line fills it) and reads more.</summary>
        private void Fill()
        {
            var pending = _filled - _start;
            if (_start > 0)
            {
                Buffer.AsSpan(_start, pending).CopyTo(Buffer);
                _start = 0;
                _filled = pending;
            }
            else if (_filled == Buffer.Length)
            {
                var grown = new byte[Buffer.Length * 2];
                Buffer.AsSpan(0, _filled).CopyTo(grown);
                Buffer = grown;
            }
            var firstRead = _consumed == 0 && _filled == 0;
            var read = stream.ReadAtLeast(Buffer.AsSpan(_filled), Buffer.Length - _filled, throwOnEndOfStream: false);
            _filled += read;
            if (_filled < Buffer.Length) _eof = true;
            if (firstRead && Buffer.AsSpan(0, _filled).StartsWith("\uFEFF"u8))
            {
                _start = 3;
                _consumed = 3;
            }
        }
    }
}
