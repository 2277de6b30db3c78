using System.Globalization;
using System.Text;

namespace SegmentationKit.Data;

/// <summary>Parses cell values straight from the UTF-8 bytes CsvHelper hands out, so loading a
/// million rows allocates no string per number, date or boolean.</summary>
internal static class CsvCells
{
    public static bool TryParseNumber(ReadOnlySpan<byte> utf8, NumberFormatInfo format, out double value) =>
        double.TryParse(utf8, NumberStyles.Float, format, out value);

    /// <summary>ISO yyyy-MM-dd always; dd/MM/yyyy as well when <paramref name="dayFirst"/>.</summary>
    public static bool TryParseDate(ReadOnlySpan<byte> s, bool dayFirst, out DateOnly value)
    {
        value = default;
        if (s.Length != 10) return false;
        int year, month, day;
        if (s[4] == (byte)'-' && s[7] == (byte)'-')
        {
            if (!Digits(s[..4], out year) || !Digits(s.Slice(5, 2), out month) || !Digits(s.Slice(8, 2), out day)) return false;
        }
        else if (dayFirst && s[2] == (byte)'/' && s[5] == (byte)'/')
        {
            if (!Digits(s[..2], out day) || !Digits(s.Slice(3, 2), out month) || !Digits(s.Slice(6, 4), out year)) return false;
        }
        else return false;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        value = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>true/false, yes/no, oui/non (any case) and 1/0. <paramref name="isWord"/> tells a
    /// word from a digit, since a column of only 0 and 1 is read as numeric when inferred.</summary>
    public static bool TryParseBoolean(ReadOnlySpan<byte> s, out bool value, out bool isWord)
    {
        isWord = true;
        if (Is(s, "true"u8) || Is(s, "yes"u8) || Is(s, "oui"u8)) { value = true; return true; }
        if (Is(s, "false"u8) || Is(s, "no"u8) || Is(s, "non"u8)) { value = false; return true; }
        isWord = false;
        if (s.Length == 1 && s[0] == (byte)'1') { value = true; return true; }
        if (s.Length == 1 && s[0] == (byte)'0') { value = false; return true; }
        value = false;
        return false;
    }

    public static string Text(ReadOnlySpan<byte> utf8) => Encoding.UTF8.GetString(utf8);

    private static bool Is(ReadOnlySpan<byte> s, ReadOnlySpan<byte> lowerWord) => Ascii.EqualsIgnoreCase(s, lowerWord);

    private static bool Digits(ReadOnlySpan<byte> s, out int value)
    {
        value = 0;
        foreach (var b in s)
        {
            if (b < (byte)'0' || b > (byte)'9') return false;
            value = value * 10 + (b - '0');
        }
        return true;
    }
}
