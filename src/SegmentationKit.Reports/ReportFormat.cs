using System.Globalization;

namespace SegmentationKit.Reports;

/// <summary>Numbers, shares, amounts and dates as the report's culture writes them
/// (fr-FR: <c>1 234 567 €</c>, <c>12,5 %</c>, <c>22 novembre 2026</c>).</summary>
public sealed class ReportFormat
{
    private readonly NumberFormatInfo _numbers;

    public ReportFormat(CultureInfo culture, string currencySymbol)
    {
        Culture = culture;
        _numbers = (NumberFormatInfo)culture.NumberFormat.Clone();
        _numbers.CurrencySymbol = currencySymbol;
        // The narrow no-break space .NET uses for French thousands is missing from many fonts; a
        // no-break space looks the same in print and never splits a number across lines.
        _numbers.NumberGroupSeparator = Fix(_numbers.NumberGroupSeparator);
        _numbers.CurrencyGroupSeparator = Fix(_numbers.CurrencyGroupSeparator);
        _numbers.PercentGroupSeparator = Fix(_numbers.PercentGroupSeparator);
    }

    /// <summary>The culture the report is written in.</summary>
    public CultureInfo Culture { get; }

    /// <summary>True for a French culture.</summary>
    public bool IsFrench => Culture.TwoLetterISOLanguageName == "fr";

    /// <summary>A whole count: 1,234 / 1 234.</summary>
    public string Count(double n) => Fix(n.ToString("N0", _numbers));

    /// <summary>A number with <paramref name="decimals"/> decimals.</summary>
    public string Number(double n, int decimals = 1) => double.IsFinite(n) ? Fix(n.ToString("N" + decimals, _numbers)) : "–";

    /// <summary>A share 0–1 as a percentage with one decimal: 12.5% / 12,5 %.</summary>
    public string Percent(double share) => double.IsFinite(share) ? Fix(share.ToString("P1", _numbers)) : "–";

    /// <summary>An amount in the branding currency, no decimals: €1,234,567 / 1 234 567 €.</summary>
    public string Money(double amount) => double.IsFinite(amount) ? Fix(amount.ToString("C0", _numbers)) : "–";

    /// <summary>An amount shortened for tiles and chart labels: €1.2M / 1,2 M€.</summary>
    public string MoneyShort(double amount)
    {
        if (!double.IsFinite(amount)) return "–";
        var (scaled, suffix) = Math.Abs(amount) switch
        {
            >= 1e9 => (amount / 1e9, IsFrench ? " Md" : "B"),
            >= 1e6 => (amount / 1e6, IsFrench ? " M" : "M"),
            >= 1e4 => (amount / 1e3, IsFrench ? " k" : "k"),
            _ => (amount, ""),
        };
        var number = suffix.Length == 0 ? scaled.ToString("N0", _numbers) : scaled.ToString("N1", _numbers);
        var symbol = _numbers.CurrencySymbol;
        return Fix(IsFrench ? $"{number}{suffix}\u00A0{symbol}" : $"{symbol}{number}{suffix}");
    }

    /// <summary>A ratio such as a lift: 1.24× / 1,24×.</summary>
    public string Ratio(double ratio) => double.IsFinite(ratio) ? ratio.ToString("0.00", _numbers) + "×" : "–";

    /// <summary>A date in words: 22 November 2026 / 22 novembre 2026.</summary>
    public string Date(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    private static string Fix(string s) => s.Replace('\u202F', '\u00A0').Replace(' ', '\u00A0');
}
