using SegmentationKit.Profiling.Playbook;

namespace SegmentationKit.Profiling;

/// <summary>Everything the kit says about one segment (or about the whole base, the reference every
/// segment is compared with). Reports, charts and notebooks read these numbers; they never compute a
/// KPI themselves.</summary>
/// <param name="SegmentId">Segment id from the catalog; <see cref="PortfolioProfile.BaseId"/> for the base.</param>
/// <param name="Name">Segment name from the catalog ("All customers" for the base).</param>
/// <param name="Definition">The rule or parameters that produced the segment.</param>
/// <param name="IsBase">True for the whole-base reference profile.</param>
/// <param name="Customers">Number of customers.</param>
/// <param name="ShareOfCustomers">Share 0–1 of the base's customers.</param>
/// <param name="Value">Revenue and lifetime value.</param>
/// <param name="Health">Churn, retention, NPS, engagement and support load.</param>
/// <param name="TrialConversionRate">Share 0–1 of trial customers who converted to paid; null when
/// the data has no trials (computed on the customers with <c>trial</c> = true).</param>
/// <param name="TenureMonths">Mean months from <c>signup_date</c> to the churn date for churned
/// customers, to the as-of date for the others (months of 30.4375 days).</param>
/// <param name="Traits">Top categories of each categorical column with share and lift vs the base
/// (empty for the base), ordered by column then segment share.</param>
/// <param name="NumericDifferences">Each numeric feature's mean vs the base (empty for the base).</param>
/// <param name="Narrative">Generated name, headline and description in English and French.</param>
/// <param name="Coverage">Recommended coverage from the maturity × potential table, where it applies.</param>
/// <param name="Play">The playbook's play for the segment's situation, with its actions.</param>
/// <param name="Accounts">Active accounts to look at: the largest by value, warning signs first.</param>
public sealed record SegmentProfile(
    string SegmentId,
    string Name,
    string Definition,
    bool IsBase,
    int Customers,
    double ShareOfCustomers,
    ValueKpis Value,
    HealthKpis Health,
    KpiValue? TrialConversionRate,
    KpiValue? TenureMonths,
    IReadOnlyList<CategoryTrait> Traits,
    IReadOnlyList<NumericDifference> NumericDifferences,
    SegmentNarrative Narrative,
    CoverageRecommendation? Coverage,
    PlayRecommendation? Play = null,
    IReadOnlyList<AccountToWatch>? Accounts = null)
{
    /// <summary>Over-represented traits (see <see cref="CategoryTrait.IsOverRepresented"/>), highest
    /// lift first, at most <paramref name="count"/>.</summary>
    public IReadOnlyList<CategoryTrait> OverRepresentedTraits(int count = 7) =>
        Traits.Where(t => t.IsOverRepresented && double.IsFinite(t.Lift))
            .OrderByDescending(t => t.Lift).ThenByDescending(t => t.SegmentShare).ThenBy(t => t.Column, StringComparer.Ordinal)
            .Take(count).ToList();
}
