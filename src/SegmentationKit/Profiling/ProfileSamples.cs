using SegmentationKit.Data;

namespace SegmentationKit.Profiling;

/// <summary>A tiny, hand-built and fully deterministic customer base (12 customers, a transaction
/// log, two segmentations) and the profile and comparison computed from it. For tests, demos and
/// the report, chart and notebook code that needs realistic profile objects without real data.
/// Every number is small enough to check by hand: e.g. the base churn rate is 5/12, the "small"
/// segment's 3/4, so its churn ratio is 1.8.</summary>
public static class ProfileSamples
{
    /// <summary>The as-of date of the sample (tenure, recency and CLV are measured at it).</summary>
    public static readonly DateOnly AsOf = new(2025, 12, 31);

    private static readonly string[] Ids = ["c01", "c02", "c03", "c04", "c05", "c06", "c07", "c08", "c09", "c10", "c11", "c12"];

    /// <summary>12 customers with industry, plan, ARR, MRR, churn, NPS, engagement, trials and dates.
    /// Missing on purpose: c03, c07, c10 have no NPS answer; c10 has no ARR or MRR; c12 no weekly
    /// active users.</summary>
    public static CustomerTable Customers()
    {
        const double NaN = double.NaN;
        double[] arr = [60000, 48000, 120000, 36000, 12000, 9600, 14400, 2400, 1800, NaN, 10800, 3000];
        return new CustomerTable("profile-samples", Ids,
        [
            CategoricalColumn.FromValues(CustomerColumns.Industry,
                ["Banking-Insurance", "Banking-Insurance", "Banking-Insurance", "Retail", "Retail", "Retail", "Food", "Food", "Services", "Services", "Media", "Public"]),
            CategoricalColumn.FromValues(CustomerColumns.Plan,
                ["Premium", "Premium", "Enterprise", "Premium", "Standard", "Standard", "Standard", "Access", "Access", "Access", "Standard", "Access"]),
            new NumericColumn(CustomerColumns.Arr, arr),
            new NumericColumn(CustomerColumns.Mrr, arr.Select(a => a / 12).ToArray()),
            new BooleanColumn(CustomerColumns.Churned, [false, false, false, true, false, true, false, true, false, true, false, true]),
            new NumericColumn(CustomerColumns.Nps, [9, 10, NaN, 6, 8, 3, NaN, 5, 7, NaN, 9, 2]),
            new NumericColumn(CustomerColumns.WeeklyActiveUsers, [40, 35, 80, 12, 10, 4, 8, 2, 3, 1, 9, NaN]),
            new NumericColumn(CustomerColumns.SupportTickets, [2, 1, 4, 6, 3, 5, 1, 0, 1, 2, 2, 3]),
            new BooleanColumn(CustomerColumns.Trial, [false, true, false, true, false, true, false, true, true, true, false, true]),
            new BooleanColumn(CustomerColumns.TrialConverted, [null, true, null, true, null, true, null, false, false, true, null, false]),
            new DateColumn(CustomerColumns.SignupDate,
            [
                new DateOnly(2022, 1, 15), new DateOnly(2023, 3, 1), new DateOnly(2021, 6, 1), new DateOnly(2023, 1, 10),
                new DateOnly(2024, 2, 1), new DateOnly(2024, 5, 20), new DateOnly(2022, 9, 1), new DateOnly(2025, 1, 5),
                new DateOnly(2025, 3, 1), new DateOnly(2025, 4, 1), new DateOnly(2023, 11, 1), new DateOnly(2024, 8, 1),
            ]),
            new DateColumn(CustomerColumns.ChurnDate,
            [
                null, null, null, new DateOnly(2025, 6, 30), null, new DateOnly(2025, 9, 30), null, new DateOnly(2025, 7, 31),
                null, new DateOnly(2025, 10, 31), null, new DateOnly(2025, 3, 31),
            ]),
        ]);
    }

    /// <summary>Orders of 2025 for 11 of the 12 customers (c12 never ordered; c05 and c09 ordered once).</summary>
    public static TransactionLog Transactions()
    {
        var rows = new (string Id, DateOnly Date, double Amount)[]
        {
            ("c01", new(2025, 1, 10), 500), ("c01", new(2025, 4, 12), 650), ("c01", new(2025, 8, 3), 700), ("c01", new(2025, 12, 1), 720),
            ("c02", new(2025, 2, 1), 400), ("c02", new(2025, 6, 15), 420), ("c02", new(2025, 11, 20), 450),
            ("c03", new(2025, 1, 5), 1200), ("c03", new(2025, 3, 5), 1100), ("c03", new(2025, 6, 5), 1300), ("c03", new(2025, 9, 5), 1250), ("c03", new(2025, 12, 5), 1400),
            ("c04", new(2025, 1, 20), 300), ("c04", new(2025, 5, 2), 280),
            ("c05", new(2025, 3, 3), 150),
            ("c06", new(2025, 2, 14), 90), ("c06", new(2025, 7, 1), 80),
            ("c07", new(2025, 1, 30), 120), ("c07", new(2025, 5, 30), 130), ("c07", new(2025, 10, 30), 125),
            ("c08", new(2025, 2, 2), 40), ("c08", new(2025, 3, 2), 35),
            ("c09", new(2025, 4, 4), 25),
            ("c10", new(2025, 4, 10), 20), ("c10", new(2025, 6, 10), 22),
            ("c11", new(2025, 3, 15), 110), ("c11", new(2025, 9, 15), 115),
        };
        return new TransactionLog("profile-samples-transactions",
            rows.Select(r => r.Id).ToArray(), rows.Select(r => r.Date).ToArray(), rows.Select(r => r.Amount).ToArray());
    }

    /// <summary>A value segmentation by plan: "key" (Premium and Enterprise: c01–c04), "core"
    /// (Standard: c05, c06, c07, c11), "small" (Access: c08, c09, c10, c12).</summary>
    public static Segmentation ValueSegmentation() => new("value", new Dictionary<string, string> { ["by"] = "plan" }, AsOf,
        [
            new SegmentDefinition("key", "Key accounts", "Premium and Enterprise customers", "plan in {Premium, Enterprise}"),
            new SegmentDefinition("core", "Core", "Standard customers", "plan = Standard"),
            new SegmentDefinition("small", "Small accounts", "Access customers", "plan = Access"),
        ],
        Ids, ["key", "key", "key", "key", "core", "core", "core", "small", "small", "small", "core", "small"]);

    /// <summary>A second segmentation of the same customers by engagement: "engaged" (10 or more
    /// weekly active users: c01–c05) and "others".</summary>
    public static Segmentation EngagementSegmentation() => new("rules", new Dictionary<string, string> { ["rule"] = "weekly_active_users >= 10" }, AsOf,
        [
            new SegmentDefinition("engaged", "Engaged", "10 or more weekly active users", "weekly_active_users >= 10"),
            new SegmentDefinition("others", "Others", "fewer than 10 weekly active users, or unknown", "otherwise"),
        ],
        Ids, ["engaged", "engaged", "engaged", "engaged", "engaged", "others", "others", "others", "others", "others", "others", "others"]);

    /// <summary>The profile of <see cref="ValueSegmentation"/> on the sample base, with the transaction log.</summary>
    public static PortfolioProfile Portfolio(ProfileSettings? settings = null) =>
        new SegmentProfiler(settings).Profile(ValueSegmentation(), new SegmentationData(Customers(), Transactions(), AsOf));

    /// <summary>The comparison of <see cref="ValueSegmentation"/> ("value") and
    /// <see cref="EngagementSegmentation"/> ("engagement") on the sample base, minimum size 3.</summary>
    public static Evaluation.SegmentationComparison Comparison() =>
        Evaluation.SegmentationComparer.Compare([("value", ValueSegmentation()), ("engagement", EngagementSegmentation())],
            Customers(), Transactions(), AsOf, minimumSegmentSize: 3);
}
