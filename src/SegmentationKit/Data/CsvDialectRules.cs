using System.Globalization;

namespace SegmentationKit.Data;

/// <summary>The concrete rules of a resolved dialect (never <see cref="CsvDialect.Auto"/>).</summary>
internal sealed class CsvDialectRules
{
    private CsvDialectRules(CsvDialect dialect, char separator, NumberFormatInfo numbers, bool dayFirstDates)
    {
        Dialect = dialect;
        Separator = separator;
        Numbers = numbers;
        DayFirstDates = dayFirstDates;
    }

    public CsvDialect Dialect { get; }
    public char Separator { get; }
    public NumberFormatInfo Numbers { get; }
    public bool DayFirstDates { get; }

    public static CsvDialectRules Standard { get; } = new(CsvDialect.Standard, ',', NumberFormatInfo.InvariantInfo, false);

    // Built by hand rather than from CultureInfo("fr-FR") so the rules do not depend on the
    // machine's ICU data; only the decimal mark matters because thousands separators are refused.
    public static CsvDialectRules French { get; } = new(CsvDialect.French, ';',
        new NumberFormatInfo { NumberDecimalSeparator = ",", NumberGroupSeparator = "\u202F" }, true);

    public static CsvDialectRules For(CsvDialect dialect, string headerLine) => dialect switch
    {
        CsvDialect.Standard => Standard,
        CsvDialect.French => French,
        _ => Detect(headerLine),
    };

    /// <summary>More semicolons than commas outside quotes in the header line means a French export.</summary>
    public static CsvDialectRules Detect(string headerLine)
    {
        int commas = 0, semicolons = 0;
        var quoted = false;
        foreach (var ch in headerLine)
        {
            if (ch == '"') quoted = !quoted;
            else if (!quoted && ch == ',') commas++;
            else if (!quoted && ch == ';') semicolons++;
        }
        return semicolons > commas ? French : Standard;
    }

    public string NumberExample => Dialect == CsvDialect.French ? "1234,5" : "1234.5";

    public string DateFormats => DayFirstDates ? "yyyy-MM-dd (2024-03-31) or dd/MM/yyyy (31/03/2024)" : "yyyy-MM-dd (2024-03-31)";

    public string Describe() => Dialect == CsvDialect.French
        ? "French (';' separator, decimal comma)"
        : "standard (',' separator, decimal point)";
}
