using System.Globalization;

namespace SegmentationKit.IO;

/// <summary>The cell rules of every CSV (and xlsx) the kit writes for people, and of the kit's own
/// readers that read them back.
/// <para>CSV injection (OWASP): a spreadsheet runs a cell that starts with <c>=</c>, <c>+</c>,
/// <c>-</c>, <c>@</c>, a tab or a carriage return as a formula, so <c>=HYPERLINK(…)</c> in a customer
/// name becomes a live link. <see cref="Neutralise"/> puts a single quote in front of such a text cell,
/// which spreadsheets read as "this is text". A real number stays a number (<c>-2.5</c>), but text that
/// only starts like one (<c>-2+3</c>) is neutralised.</para>
/// <para>Round trip: a text that already starts with a quote followed by one of those characters or by
/// another quote gets one more quote, so <see cref="Restore(string)"/>, which removes exactly one leading quote
/// in those two cases, gives back the original text of every cell. Text such as <c>'t Hooft</c> is left
/// alone both ways.</para></summary>
public static class SpreadsheetCsv
{
    /// <summary>The quote that marks a cell as text.</summary>
    public const char TextMark = '\'';

    /// <summary>Characters that make a spreadsheet read a cell as a formula when it starts with one.</summary>
    public static bool IsFormulaStart(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>A plain decimal number as a spreadsheet reads one: optional sign, digits with an
    /// optional decimal point, optional exponent; no spaces, no thousands separator.</summary>
    public static bool IsNumber(ReadOnlySpan<char> text)
    {
        var i = 0;
        if (i < text.Length && text[i] is '+' or '-') i++;
        var digits = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i])) { i++; digits++; }
        if (i < text.Length && text[i] == '.')
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i])) { i++; digits++; }
        }
        if (digits == 0) return false;
        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '+' or '-') i++;
            var exponent = 0;
            while (i < text.Length && char.IsAsciiDigit(text[i])) { i++; exponent++; }
            if (exponent == 0) return false;
        }
        return i == text.Length;
    }

    /// <summary>True when <see cref="Neutralise"/> puts a quote in front of <paramref name="text"/>.</summary>
    public static bool NeedsTextMark(ReadOnlySpan<char> text) =>
        text.Length > 0 && ((IsFormulaStart(text[0]) && !IsNumber(text)) || StartsWithMark(text));

    /// <summary>The text to write for a text cell: <paramref name="text"/>, or a quote and
    /// <paramref name="text"/> when a spreadsheet would otherwise run it (see the type's summary).</summary>
    public static string Neutralise(string text) => NeedsTextMark(text) ? TextMark + text : text;

    /// <summary>The original text of a cell the kit wrote: <see cref="Neutralise"/> undone.</summary>
    public static string Restore(string cell) => StartsWithMark(cell) ? cell[1..] : cell;

    /// <summary><see cref="Restore(string)"/> on UTF-8 bytes.</summary>
    public static ReadOnlySpan<byte> Restore(ReadOnlySpan<byte> cell) =>
        cell.Length >= 2 && cell[0] == (byte)TextMark && (cell[1] == (byte)TextMark || (cell[1] < 0x80 && IsFormulaStart((char)cell[1])))
            ? cell[1..]
            : cell;

    /// <summary>A quote followed by a formula character or another quote: a cell the kit marked.</summary>
    private static bool StartsWithMark(ReadOnlySpan<char> text) =>
        text.Length >= 2 && text[0] == TextMark && (text[1] == TextMark || IsFormulaStart(text[1]));

    /// <summary>RFC 4180: a field with the separator, a double quote, CR or LF is enclosed in double
    /// quotes, with inner double quotes doubled.</summary>
    public static string Quote(string field, char separator = ',') =>
        field.AsSpan().IndexOfAny(separator, '"') >= 0 || field.AsSpan().IndexOfAny('\r', '\n') >= 0 ? $"\"{field.Replace("\"", "\"\"")}\"" : field;

    /// <summary>A number cell in the invariant culture ("R": the shortest text that reads back to the
    /// same double); NaN is an empty cell, and ±∞ a text cell ("∞", "'-∞").</summary>
    public static string Number(double value, string format = "R")
    {
        if (double.IsNaN(value)) return "";
        var text = value.ToString(format, CultureInfo.InvariantCulture);
        return double.IsFinite(value) ? text : Neutralise(text);
    }
}
