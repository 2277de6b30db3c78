using System.Globalization;
using System.Text;

namespace SegmentationKit.Data;

/// <summary>Parses cell values straight from the UTF-8 bytes CsvHelper hands out, so loading a
/// million rows allocates no string per number, date or boolean.</summary>
internal static class CsvCells
{
    public static bool TryParseNumber(ReadOnlySpan<byte> utf8, NumberFormatInfo format, out double value) =>
        TryParsePlainDecimal(utf8, format.NumberDecimalSeparator, out value)
        || double.TryParse(utf8, NumberStyles.Float, format, out value);

    // Exact powers of ten as doubles (10^22 is the largest that is exact).
    private static readonly double[] PowersOfTen =
        [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

    /// <summary>Fast path for the numbers data files are made of: <c>-?digits[.digits]</c> with at
    /// most 15 significant digits. The digits form an integer below 2^53 and the divisor is an exact
    /// power of ten, so one IEEE division gives the correctly rounded double — the same value
    /// <see cref="double.Parse(string)"/> returns (Clinger's fast path). Anything else is left to
    /// double.TryParse.</summary>
    internal static bool TryParsePlainDecimal(ReadOnlySpan<byte> s, string decimalSeparator, out double value)
    {
        value = 0;
        if (decimalSeparator.Length != 1) return false;
        var mark = (byte)decimalSeparator[0];
        var i = 0;
        var negative = false;
        if (s.Length > 0 && s[0] == (byte)'-') { negative = true; i = 1; }
        if (i >= s.Length) return false;
        long mantissa = 0;
        int digits = 0, fraction = 0, intDigits = 0;
        var seenMark = false;
        for (; i < s.Length; i++)
        {
            var b = s[i];
            if (b >= (byte)'0' && b <= (byte)'9')
            {
                if (digits > 0 || b != (byte)'0') digits++;
                if (digits > 15) return false;
                mantissa = mantissa * 10 + (b - '0');
                if (seenMark) fraction++; else intDigits++;
            }
            else if (b == mark && !seenMark) seenMark = true;
            else return false;
        }
        if (intDigits == 0 || (seenMark && fraction == 0)) return false;
        value = fraction == 0 ? mantissa : mantissa / PowersOfTen[fraction];
        if (negative) value = -value;
        return true;
    }

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
