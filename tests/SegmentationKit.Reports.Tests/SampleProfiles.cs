using SegmentationKit.Profiling;

namespace SegmentationKit.Reports.Tests;

/// <summary>Hand-made profiles with round numbers, so the tests know exactly what each report must print.</summary>
public static class SampleProfiles
{
    public static readonly DateOnly AsOf = new(2026, 6, 30);

    /// <summary>A segment of <paramref name="customers"/> customers out of 10,000 with ARR
    /// <paramref name="arr"/> out of 9,876,536 and churn 12.5 % (base 10 %).</summary>
    public static SegmentProfile Segment(string id, string name, int customers, double arr, double churn = 0.125) => new(
        id, name, "arr ≥ 50000", false, customers, customers / 10_000.0,
        new ValueKpis(new AmountKpi(arr, arr / 9_876_536, arr / customers, arr / customers, customers), null, null,
            new AmountKpi(arr * 3, arr / 9_876_536, arr * 3 / customers, arr * 3 / customers, customers), false, null, null, null),
        new HealthKpis(new KpiValue(churn, customers), churn / 0.10, new KpiValue(1 - churn, customers),
            new NpsKpi(8, 0.5, 0.3, 0.2, 30, 0.6, customers / 2), new KpiValue(40, customers), new KpiValue(12, customers), new KpiValue(0.55, customers), new KpiValue(3, customers)),
        null, new KpiValue(30, customers),
        [
            new CategoryTrait("industry", "Software", customers / 2, 0.5, 0.2, 2.5, customers, 1e-9, true),
            new CategoryTrait("plan", "Enterprise", customers / 4, 0.25, 0.25, 1.0, customers, 1, false),
        ],
        [
            new NumericDifference("logins_per_week", 12, 8, 4, 1.0, 0.0001, true, customers, 10_000),
            new NumericDifference("support_tickets", 3, 4, 2, -0.5, 0.2, false, customers, 10_000),
        ],
        new SegmentNarrative(new LocalisedText(name, name), new LocalisedText("High-value software customers", "Clients logiciels à forte valeur"),
            new LocalisedText("They log in often and churn a little more than the base.", "Ils se connectent souvent et partent un peu plus que la base.")),
        new CoverageRecommendation("High", "Technical", "Senior", ["Quarterly business review", "Executive sponsor"], customers, 1));

    public static PortfolioProfile Portfolio(params SegmentProfile[] segments)
    {
        var baseProfile = Segment(PortfolioProfile.BaseId, "All customers", 10_000, 9_876_536, 0.10) with
        {
            IsBase = true, ShareOfCustomers = 1, Traits = [], NumericDifferences = [], Coverage = null,
        };
        return new PortfolioProfile("value", AsOf, "1.0.0", "customers.csv", null, new ProfileSettings(), baseProfile, segments, null, null,
            [new LocalisedText("Hand-made profile for tests.", "Profil fait à la main pour les tests.")]);
    }

    /// <summary>The one segment most tests print: 1,250 customers (12.5 %), ARR 1,234,567.</summary>
    public static PortfolioProfile OneSegment() => Portfolio(Segment("large", "Large accounts", 1_250, 1_234_567));
}
