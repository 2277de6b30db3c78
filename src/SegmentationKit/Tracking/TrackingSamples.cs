namespace SegmentationKit.Tracking;

/// <summary>A tracked series small enough to check by hand, for tests, demos and the chart, report and
/// notebook code that needs a realistic <see cref="TrackedSeries"/>. Six customers, two segments
/// ("x" Explorers, "y" Yielders), three quarter-ends:
/// <list type="bullet">
/// <item>2025-12-31: a, b, c in x; d in y; all four active.</item>
/// <item>2026-03-31: a x; b moved to y; c churned (counted as left from x); d y; e new in x.</item>
/// <item>2026-06-30: a, e x; b y; d moved back to x; f new in y; nobody left.</item>
/// </list>
/// So the first transition keeps 2 of 3 present customers in their segment (a, d), the second 3 of 4
/// (a, e, b). The snapshots carry no profile: KPIs are sizes only.</summary>
public static class TrackingSamples
{
    public static readonly DateOnly[] Dates = [new(2025, 12, 31), new(2026, 3, 31), new(2026, 6, 30)];

    public static TrackedSeries ThreeQuarters()
    {
        Snapshot At(int i, string[] customers, string[] segments, string[] active) => new(Dates[i],
            new Segmentation("sample", new Dictionary<string, string>(), Dates[i],
                [new SegmentDefinition("x", "Explorers", "Customers who explore", "sample"), new SegmentDefinition("y", "Yielders", "Customers who yield", "sample")],
                customers, segments),
            new HashSet<string>(active, StringComparer.Ordinal));
        Snapshot[] snapshots =
        [
            At(0, ["a", "b", "c", "d"], ["x", "x", "x", "y"], ["a", "b", "c", "d"]),
            At(1, ["a", "b", "c", "d", "e"], ["x", "y", "y", "y", "x"], ["a", "b", "d", "e"]),
            At(2, ["a", "b", "c", "d", "e", "f"], ["x", "y", "y", "x", "x", "y"], ["a", "b", "d", "e", "f"]),
        ];
        var result = TrackingResult.From("sample", false, snapshots);
        return new TrackedSeries(snapshots, result, TrackingTrends.From(result, snapshots));
    }
}
