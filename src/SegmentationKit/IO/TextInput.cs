using System.Globalization;
using System.Text;
using System.Text.Unicode;
using SegmentationKit.Errors;

namespace SegmentationKit.IO;

/// <summary>The one way the kit decides how a text file is encoded, used by every text loader
/// (customer, transaction and numeric CSV, YAML configurations, notebooks, run files):
/// <list type="number">
/// <item>a byte order mark decides: UTF-8, UTF-16 LE/BE, UTF-32 LE/BE;</item>
/// <item>without one, zero bytes in every other position of the first line mean UTF-16 without a mark;</item>
/// <item>otherwise a file that is valid UTF-8 from end to end is UTF-8;</item>
/// <item>anything else is Windows-1252, what Excel on a Western Windows saves as "CSV".</item>
/// </list>
/// A name given with <c>--encoding</c> replaces the guess. The whole file is checked against the
/// encoding chosen, so no byte ever becomes U+FFFD without a word: a file that is not valid in the
/// encoding it declares (a UTF-8 byte order mark, or <c>--encoding utf-8</c>) is a
/// <see cref="DataValidationException"/> naming the line and the byte.</summary>
public static class TextInput
{
    private const int BlockBytes = 1 << 20;

    /// <summary>The names <c>--encoding</c> documents; others that .NET knows work too.</summary>
    public const string KnownNames = "utf-8, utf-16le, utf-16be, windows-1252, latin1 (ISO-8859-1), iso-8859-15";

    static TextInput() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Makes the code-page encodings (Windows-1252, ISO-8859-15, …) available; idempotent.</summary>
    public static void EnsureCodePages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The encoding <paramref name="name"/> (as typed after <c>--encoding</c>) names, or
    /// null when <paramref name="name"/> is null or "auto". An unknown name is a
    /// <see cref="ConfigurationException"/> naming <paramref name="option"/>.</summary>
    public static TextEncoding? Choose(string? name, string option = "--encoding")
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Equals("auto", StringComparison.OrdinalIgnoreCase)) return null;
        var key = name.Trim().ToLowerInvariant().Replace('_', '-');
        var (display, encoding) = key switch
        {
            "utf-8" or "utf8" or "utf-8-bom" or "utf-8-sig" => ("UTF-8", Utf8Strict()),
            "utf-16" or "utf-16le" or "utf16" or "utf16le" or "unicode" => ("UTF-16 LE", (Encoding)new UnicodeEncoding(false, true, true)),
            "utf-16be" or "utf16be" => ("UTF-16 BE", new UnicodeEncoding(true, true, true)),
            "utf-32" or "utf-32le" or "utf32" or "utf32le" => ("UTF-32 LE", new UTF32Encoding(false, true, true)),
            "utf-32be" or "utf32be" => ("UTF-32 BE", new UTF32Encoding(true, true, true)),
            "windows-1252" or "cp1252" or "1252" or "win1252" or "ansi" => ("Windows-1252", Windows1252()),
            "latin1" or "latin-1" or "iso-8859-1" or "iso8859-1" => ("ISO-8859-1", Encoding.Latin1),
            _ => Lookup(key, name, option),
        };
        return new TextEncoding(display, encoding, 0, $"chosen with {option}");
    }

    private static (string, Encoding) Lookup(string key, string typed, string option)
    {
        EnsureCodePages();
        try
        {
            var e = Encoding.GetEncoding(key, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            return (e.WebName, e);
        }
        catch (ArgumentException)
        {
            throw new ConfigurationException(null, option, $"'{typed}' is not an encoding",
                $"use one of {KnownNames}, or leave {option} out to detect it");
        }
    }

    /// <summary>Decides the encoding of the file at <paramref name="path"/> and checks every byte
    /// against it (see the type's summary).</summary>
    /// <param name="forced">From <see cref="Choose"/>; null: detect.</param>
    public static TextEncoding Detect(string path, TextEncoding? forced = null)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        return Detect(stream, path, forced);
    }

    /// <summary><see cref="Detect(string, TextEncoding?)"/> on a stream read from its current
    /// position to its end; <paramref name="file"/> names it in messages.</summary>
    public static TextEncoding Detect(Stream stream, string file, TextEncoding? forced = null)
    {
        var buffer = new byte[BlockBytes];
        var filled = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        var head = buffer.AsSpan(0, filled);
        var chosen = FromHead(head, forced);
        // No mark: UTF-8 if every byte says so, else Windows-1252.
        if (chosen is null) return FallbackFor(FindInvalidUtf8(stream, buffer, filled, 0));
        if (chosen.IsUtf8)
        {
            if (FindInvalidUtf8(stream, buffer, filled, chosen.PreambleBytes) is { } bad) throw NotUtf8(file, chosen, bad.Byte, bad.Line);
            return chosen;
        }
        CheckDecodes(stream, buffer, filled, chosen, file);
        return chosen;
    }

    /// <summary>Reads a whole text file in the encoding <see cref="Detect(string, TextEncoding?)"/>
    /// decides, without its byte order mark.</summary>
    public static string ReadAllText(string path, TextEncoding? forced, out TextEncoding used)
    {
        var bytes = File.ReadAllBytes(path);
        return Decode(bytes, path, forced, out used);
    }

    /// <summary>Reads a whole text file, detecting its encoding.</summary>
    public static string ReadAllText(string path) => ReadAllText(path, null, out _);

    /// <summary>Decodes bytes held in memory like a file (<paramref name="file"/> names it in messages).</summary>
    public static string Decode(byte[] bytes, string file, TextEncoding? forced, out TextEncoding used)
    {
        using (var stream = new MemoryStream(bytes, writable: false)) used = Detect(stream, file, forced);
        var body = bytes.AsSpan(used.PreambleBytes);
        return used.IsUtf8 ? Encoding.UTF8.GetString(body) : used.Encoding.GetString(body);
    }

    /// <summary>A UTF-8 decoder that throws on invalid bytes instead of writing U+FFFD.</summary>
    public static Encoding Utf8Strict() => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Windows-1252, throwing on anything it cannot map (it maps every byte).</summary>
    public static Encoding Windows1252()
    {
        EnsureCodePages();
        return Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    /// <summary>What the first bytes of a file decide: the forced encoding (with its byte order mark
    /// when the file has one), or the encoding a byte order mark announces; null when the file has to
    /// be checked to the end (UTF-8 if valid, else Windows-1252: see <see cref="FallbackFor"/>).</summary>
    internal static TextEncoding? FromHead(ReadOnlySpan<byte> head, TextEncoding? forced) =>
        forced is null ? FromStart(head) : WithPreamble(forced, head);

    /// <summary>The encoding of a file without a mark: UTF-8 when <paramref name="invalid"/> is null,
    /// else Windows-1252, saying where UTF-8 failed.</summary>
    internal static TextEncoding FallbackFor((byte Byte, long Line)? invalid) => invalid is null
        ? new TextEncoding("UTF-8", Utf8Strict(), 0, "valid UTF-8")
        : new TextEncoding("Windows-1252", Windows1252(), 0, $"not valid UTF-8: byte 0x{invalid.Value.Byte:X2} on line {invalid.Value.Line}");

    /// <summary>The error for a file that declares UTF-8 (a byte order mark or <c>--encoding utf-8</c>)
    /// but is not.</summary>
    internal static DataValidationException NotUtf8(string file, TextEncoding declared, byte value, long line) =>
        new(file, line, null, $"byte 0x{value:X2}",
            declared.PreambleBytes > 0 ? "the file starts with a UTF-8 byte order mark but is not valid UTF-8"
                : $"the file is not valid UTF-8 ({declared.Reason})",
            "save it again as UTF-8, or name its encoding, e.g. --encoding windows-1252");

    /// <summary>The encoding a byte order mark (or UTF-16 without one) announces; null when the
    /// start of the file says nothing.</summary>
    private static TextEncoding? FromStart(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("\uFEFF"u8)) return new TextEncoding("UTF-8", Utf8Strict(), 3, "byte order mark");
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0])) return new TextEncoding("UTF-32 LE", new UTF32Encoding(false, true, true), 4, "byte order mark");
        if (head.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF])) return new TextEncoding("UTF-32 BE", new UTF32Encoding(true, true, true), 4, "byte order mark");
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return new TextEncoding("UTF-16 LE", new UnicodeEncoding(false, true, true), 2, "byte order mark");
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return new TextEncoding("UTF-16 BE", new UnicodeEncoding(true, true, true), 2, "byte order mark");
        return Utf16WithoutMark(head);
    }

    /// <summary>ASCII text saved as UTF-16 without a mark has a zero byte beside every character;
    /// valid UTF-8 text (and Windows-1252 text) has no zero byte at all.</summary>
    private static TextEncoding? Utf16WithoutMark(ReadOnlySpan<byte> head)
    {
        var sample = head[..(Math.Min(head.Length, 256) & ~1)];
        if (sample.Length < 4) return null;
        int zeroEven = 0, zeroOdd = 0;
        for (var i = 0; i < sample.Length; i++)
            if (sample[i] == 0) { if (i % 2 == 0) zeroEven++; else zeroOdd++; }
        var pairs = sample.Length / 2;
        if (zeroOdd * 10 >= pairs * 9 && zeroEven == 0)
            return new TextEncoding("UTF-16 LE", new UnicodeEncoding(false, true, true), 0, "no byte order mark, but a zero byte after every character");
        if (zeroEven * 10 >= pairs * 9 && zeroOdd == 0)
            return new TextEncoding("UTF-16 BE", new UnicodeEncoding(true, true, true), 0, "no byte order mark, but a zero byte before every character");
        return null;
    }

    private static TextEncoding WithPreamble(TextEncoding forced, ReadOnlySpan<byte> head)
    {
        var preamble = forced.Encoding.GetPreamble();
        if (forced.IsUtf8) preamble = [0xEF, 0xBB, 0xBF];
        return preamble.Length > 0 && head.StartsWith(preamble)
            ? new TextEncoding(forced.Name, forced.Encoding, preamble.Length, forced.Reason)
            : forced;
    }

    /// <summary>The first byte that is not valid UTF-8 from <paramref name="start"/> on, with its
    /// 1-based line; null when all of it is valid. <paramref name="buffer"/> holds the first
    /// <paramref name="filled"/> bytes already read from <paramref name="stream"/>.</summary>
    private static (byte Byte, long Line)? FindInvalidUtf8(Stream stream, byte[] buffer, int filled, int start)
    {
        long lines = 0;
        var offset = start;
        while (true)
        {
            var atEnd = filled < buffer.Length;
            var span = buffer.AsSpan(offset, filled - offset);
            var complete = atEnd ? span.Length : CompleteLength(span);
            var block = span[..complete];
            if (!Utf8.IsValid(block))
            {
                var at = FirstInvalid(block);
                return (block[at], lines + block[..at].Count((byte)'\n') + 1);
            }
            if (atEnd) return null;
            lines += block.Count((byte)'\n');
            // Keep the incomplete sequence at the end for the next block.
            var carry = span.Length - complete;
            span[complete..].CopyTo(buffer);
            filled = carry + stream.ReadAtLeast(buffer.AsSpan(carry), buffer.Length - carry, throwOnEndOfStream: false);
            offset = 0;
            if (filled == carry && carry == 0) return null;
        }
    }

    /// <summary>Length of <paramref name="span"/> without a multi-byte sequence cut at its end.</summary>
    private static int CompleteLength(ReadOnlySpan<byte> span)
    {
        for (var back = 1; back <= Math.Min(4, span.Length); back++)
        {
            var b = span[^back];
            if ((b & 0xC0) == 0x80) continue; // continuation byte: look further back for the lead
            var need = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 1;
            return need > back ? span.Length - back : span.Length;
        }
        return span.Length;
    }

    private static int FirstInvalid(ReadOnlySpan<byte> block)
    {
        var at = 0;
        while (at < block.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(block[at..], out _, out var consumed) != System.Buffers.OperationStatus.Done) return at;
            at += consumed;
        }
        return Math.Max(0, block.Length - 1);
    }

    /// <summary>Decodes the rest of the stream with the chosen (throwing) encoding, so a file that is
    /// not valid in it (an unpaired UTF-16 surrogate, an odd number of bytes) is an error up front.</summary>
    private static void CheckDecodes(Stream stream, byte[] buffer, int filled, TextEncoding chosen, string file)
    {
        var decoder = chosen.Encoding.GetDecoder();
        var chars = new char[chosen.Encoding.GetMaxCharCount(buffer.Length)];
        long lines = 0;
        var offset = chosen.PreambleBytes;
        while (true)
        {
            var atEnd = filled < buffer.Length;
            try
            {
                var n = decoder.GetChars(buffer, offset, filled - offset, chars, 0, flush: atEnd);
                lines += chars.AsSpan(0, n).Count('\n');
            }
            catch (DecoderFallbackException e)
            {
                // Find the line: decode the block again, marking what cannot be decoded.
                var lenient = (Encoding)chosen.Encoding.Clone();
                lenient.DecoderFallback = new DecoderReplacementFallback("\uFFFD");
                var text = lenient.GetString(buffer, offset, filled - offset);
                var bad = Math.Max(0, text.IndexOf('\uFFFD'));
                var value = e.BytesUnknown is { Length: > 0 } unknown ? "bytes 0x" + Convert.ToHexString(unknown) : null;
                throw new DataValidationException(file, lines + text.AsSpan(0, bad).Count('\n') + 1, null, value,
                    $"the file is not valid {chosen.Name} ({chosen.Reason})",
                    "save it again as UTF-8, or name its real encoding with --encoding");
            }
            if (atEnd) return;
            filled = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            offset = 0;
            if (filled == 0)
            {
                CheckFlush(decoder, chosen, file, lines);
                return;
            }
        }
    }

    private static void CheckFlush(Decoder decoder, TextEncoding chosen, string file, long lines)
    {
        try
        {
            decoder.GetChars([], 0, 0, new char[4], 0, flush: true);
        }
        catch (DecoderFallbackException)
        {
            throw new DataValidationException(file, lines + 1, null, null,
                $"the file ends in the middle of a {chosen.Name} character",
                "save it again as UTF-8, or name its real encoding with --encoding");
        }
    }

    /// <summary>"customers.csv: read as Windows-1252 (not valid UTF-8: byte 0xE9 on line 2)".</summary>
    public static string Describe(string file, TextEncoding encoding) =>
        string.Create(CultureInfo.InvariantCulture, $"{file}: read as {encoding}");
}
