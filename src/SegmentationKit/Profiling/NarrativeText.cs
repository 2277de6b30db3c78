using System.Globalization;

namespace SegmentationKit.Profiling;

/// <summary>Number formatting for generated English and French text. French follows French
/// typography: narrow no-break space (U+202F) between thousands, decimal comma, no-break space
/// (U+00A0) before % and before « : ».</summary>
internal static class NarrativeText
{
    public const char Nbsp = '\u00A0';
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo Fr = CultureInfo.GetCultureInfo("fr-FR");

    public static string Percent(double share, bool french) =>
        french ? Number(100 * share, PercentDecimals(share), true) + Nbsp + "%" : Number(100 * share, PercentDecimals(share), false) + "%";

    private static int PercentDecimals(double share) => Math.Abs(share) < 0.1 && Math.Round(100 * share) != 100 * share && Math.Abs(share) >= 0.0005 ? 1 : 0;

    public static string Number(double value, int decimals, bool french)
    {
        // Half away from zero, as people round (12.5 % → 13 %); the formatter alone rounds half to even.
        var text = Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("N" + decimals, french ? Fr : En);
        // .NET's fr-FR uses U+202F already on most ICU versions; normalise any plain or no-break space to it.
        return french ? text.Replace(' ', '\u202F').Replace(Nbsp, '\u202F') : text;
    }

    /// <summary>Amounts as 1,234 / 12.3 k / 4.5 M (English) or 1 234 / 12,3 k / 4,5 M (French).</summary>
    public static string Amount(double value, bool french)
    {
        var abs = Math.Abs(value);
        if (abs >= 1e6) return Number(value / 1e6, 1, french) + (french ? Nbsp + "M" : " M");
        if (abs >= 1e5) return Number(value / 1e3, 0, french) + (french ? Nbsp + "k" : " k");
        if (abs >= 1e4) return Number(value / 1e3, 1, french) + (french ? Nbsp + "k" : " k");
        return Number(value, 0, french);
    }

    /// <summary>"1.8×" / "1,8 fois"; two decimals below 0.1 so a small ratio does not read as 0.</summary>
    public static string Ratio(double value, bool french)
    {
        var decimals = Math.Abs(value) < 0.095 ? 2 : 1;
        return french ? Number(value, decimals, true) + Nbsp + "fois" : Number(value, decimals, false) + "×";
    }

    public static string Signed(double value, int decimals, bool french)
    {
        var rounded = Math.Round(value, decimals);
        var text = Number(Math.Abs(rounded), decimals, french);
        return (rounded < 0 ? "−" : rounded > 0 ? "+" : "") + text;
    }

    /// <summary>"a, b and c" / "a, b et c".</summary>
    public static string List(IReadOnlyList<string> items, bool french)
    {
        if (items.Count == 0) return "";
        if (items.Count == 1) return items[0];
        return string.Join(", ", items.Take(items.Count - 1)) + (french ? " et " : " and ") + items[^1];
    }

    /// <summary>The industry as an English adjective ("banking &amp; insurance") or a French
    /// complement ("de la banque-assurance").</summary>
    public static string Industry(string level, bool french) => (level, french) switch
    {
        ("Banking-Insurance", false) => "banking & insurance", ("Banking-Insurance", true) => "de la banque-assurance",
        ("Retail", false) => "retail", ("Retail", true) => "du commerce de détail",
        ("Food", false) => "food", ("Food", true) => "de l’agroalimentaire",
        ("Media", false) => "media", ("Media", true) => "des médias",
        ("Services", false) => "services", ("Services", true) => "des services",
        ("Industry", false) => "industrial", ("Industry", true) => "de l’industrie",
        ("Public", false) => "public-sector", ("Public", true) => "du secteur public",
        (_, false) => level,
        (_, true) => "du secteur " + level,
    };
}
