using SegmentationKit.Data;

namespace SegmentationKit.Profiling.Playbook;

/// <summary>What a segment's profile shows, in the few words a playbook is keyed on. Each level is
/// read from the profile against the whole base, by rules stated here so a reader can redo them:
/// <list type="bullet">
/// <item><b>value</b>: mean ARR per customer, active and churned alike (without ARR: transaction
/// revenue), against the base's — high at 1.5× or more, low at 0.5× or less, else mid.</item>
/// <item><b>risk</b>: churn rate against the base's — high at 1.5× or more, low at 0.67× or less;
/// without a churn flag, mean BG/NBD P(alive) against the base's — high at 0.8× or less, low at
/// 1.1× or more; else normal.</item>
/// <item><b>lapsed</b>: most of the segment is gone — churn rate of 50 % or more, or mean P(alive)
/// below 0.5.</item>
/// <item><b>new</b>: mean tenure of 6 months or less.</item>
/// <item><b>engagement</b>: mean standardised difference of the significant engagement measures
/// (weekly active users, logins, feature adoption) — high at +0.5 SD or more, low at −0.5 or less.</item>
/// </list></summary>
public sealed record SegmentSituation(string Value, string Risk, bool Lapsed, bool New, string Engagement)
{
    public const double NewTenureMonths = 6;

    private static readonly string[] EngagementColumns =
        [CustomerColumns.WeeklyActiveUsers, CustomerColumns.LoginsPerWeek, CustomerColumns.FeatureAdoption];

    public static SegmentSituation Of(SegmentProfile segment, SegmentProfile all)
    {
        var value = "mid";
        var valueRatio = Ratio(segment.Value.MeanArrAllCustomers, all.Value.MeanArrAllCustomers)
                         ?? Ratio(segment.Value.TransactionRevenue?.Mean, all.Value.TransactionRevenue?.Mean);
        if (valueRatio is { } v)
            value = v >= 1.5 ? "high" : v <= 0.5 ? "low" : "mid";

        var risk = "normal";
        var alive = segment.Value.ProbabilityAlive?.Value;
        if (segment.Health.ChurnRatioToBase is { } churnRatio)
            risk = churnRatio >= 1.5 ? "high" : churnRatio <= 0.67 ? "low" : "normal";
        else if (Ratio(alive, all.Value.ProbabilityAlive?.Value) is { } a)
            risk = a <= 0.8 ? "high" : a >= 1.1 ? "low" : "normal";

        var lapsed = segment.Health.ChurnRate is { CustomerCount: > 0, Value: >= 0.5 } || alive is < 0.5;
        var isNew = segment.TenureMonths is { CustomerCount: > 0 } t && t.Value <= NewTenureMonths;
        var z = EngagementZ(segment);
        var engagement = z >= 0.5 ? "high" : z <= -0.5 ? "low" : "normal";
        return new SegmentSituation(value, risk, lapsed, isNew, engagement);
    }

    /// <summary>Mean standardised difference of the significant engagement measures (0 when none).</summary>
    public static double EngagementZ(SegmentProfile p)
    {
        var significant = p.NumericDifferences.Where(d => EngagementColumns.Contains(d.Column) && d.IsSignificant).ToList();
        return significant.Count == 0 ? 0 : significant.Average(d => d.StandardisedDifference);
    }

    /// <summary>The situation in words, e.g. "value high, churn risk high, lapsed".</summary>
    public LocalisedText Describe()
    {
        var en = new List<string> { $"value {Value}", $"churn risk {Risk}" };
        var fr = new List<string> { $"valeur {Fr(Value)}", $"risque d’attrition {Fr(Risk)}" };
        if (Lapsed) { en.Add("mostly gone"); fr.Add("majoritairement partis"); }
        if (New) { en.Add("new customers"); fr.Add("clients récents"); }
        if (Engagement != "normal") { en.Add($"engagement {Engagement}"); fr.Add($"engagement {Fr(Engagement)}"); }
        return new LocalisedText(string.Join(", ", en), string.Join(", ", fr));
    }

    private static string Fr(string level) => level switch
    {
        "high" => "élevé",
        "low" => "faible",
        "mid" => "moyenne",
        "normal" => "normal",
        _ => level,
    };

    private static double? Ratio(double? a, double? b) => a is { } x && b is { } y && y > 0 && double.IsFinite(x) ? x / y : null;
}
