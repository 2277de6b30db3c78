using System.Text.Json;
using SegmentationKit.Profiling;

namespace SegmentationKit.Tracking;

/// <summary>What a tracked series shows over time (<c>trends.json</c>): per-segment KPIs at each
/// snapshot, the flows and stability of each transition, and retention by segment of origin. Charts,
/// reports and notebooks read these numbers; they never recompute them.</summary>
/// <param name="Method">Segmentation method of the series.</param>
/// <param name="Frozen">True when the first snapshot's model was applied to the later dates.</param>
/// <param name="Dates">Snapshot dates, in order.</param>
/// <param name="Kpis">Per-segment KPIs at each snapshot (sizes only when no profile was made).</param>
/// <param name="Transitions">One summary per pair of consecutive snapshots.</param>
/// <param name="Retention">One curve per segment of the first snapshot.</param>
public sealed record TrackingTrends(
    string Method,
    bool Frozen,
    IReadOnlyList<DateOnly> Dates,
    IReadOnlyList<SnapshotKpis> Kpis,
    IReadOnlyList<TransitionSummary> Transitions,
    IReadOnlyList<RetentionCurve> Retention)
{
    public const string FileName = "trends.json";

    /// <summary>The trends of <paramref name="snapshots"/> (date order) and their <paramref name="result"/>.</summary>
    public static TrackingTrends From(TrackingResult result, IReadOnlyList<Snapshot> snapshots)
    {
        var kpis = snapshots.Select(s => new SnapshotKpis(s.AsOf, Points(s))).ToArray();
        var transitions = result.Transitions.Select((t, i) => Summarise(t, snapshots[i], snapshots[i + 1])).ToArray();
        return new TrackingTrends(result.Method, result.Frozen, result.Snapshots, kpis, transitions, Curves(snapshots));
    }

    /// <summary>The last transition, "what moved since the last snapshot"; null with one snapshot.</summary>
    public TransitionSummary? Latest => Transitions.Count == 0 ? null : Transitions[^1];

    public string ToJson() => JsonSerializer.Serialize(this, SegmentationJson.Options);

    public static TrackingTrends FromJson(string json) =>
        JsonSerializer.Deserialize<TrackingTrends>(json, SegmentationJson.Options) ?? throw new JsonException("empty trends JSON");

    private static SegmentKpiPoint[] Points(Snapshot s)
    {
        var sizes = s.Segmentation.Sizes();
        var active = new int[sizes.Length];
        var index = s.Segmentation.SegmentIndexes();
        for (var i = 0; i < index.Length; i++)
            if (s.Active.Contains(s.Segmentation.CustomerIds[i])) active[index[i]]++;
        return s.Segmentation.Segments.Select((d, i) =>
        {
            var p = s.Profile?.Segments.FirstOrDefault(x => x.SegmentId == d.Id);
            var (clv, kind) = p?.Value switch
            {
                { SaasClv: { CustomerCount: > 0 } saas } => ((double?)saas.Mean, "saas"),
                { TransactionalClv: { CustomerCount: > 0 } tx } => (tx.Mean, "transactional"),
                _ => ((double?)null, (string?)null),
            };
            return new SegmentKpiPoint(d.Id, d.Name, sizes[i], active[i],
                p?.Value.Arr is { } arr ? arr.Sum : null,
                p?.Health.ChurnRate is { CustomerCount: > 0 } churn ? churn.Value : null,
                clv, kind);
        }).ToArray();
    }

    private static TransitionSummary Summarise(SegmentTransition t, Snapshot from, Snapshot to)
    {
        var ids = to.Segmentation.Segments.Select(s => s.Id)
            .Concat(from.Segmentation.Segments.Select(s => s.Id).Where(id => !to.Segmentation.Segments.Any(s => s.Id == id))).ToList();
        string Name(string id) => (to.Segmentation.Segments.FirstOrDefault(s => s.Id == id) ?? from.Segmentation.Segments.First(s => s.Id == id)).Name;
        var flows = ids.Select(id =>
        {
            var row = t.Counts.GetValueOrDefault(id);
            var stayed = row?.GetValueOrDefault(id) ?? 0;
            var outToOthers = row?.Where(c => c.Key != id).Sum(c => c.Value) ?? 0;
            var inFromOthers = t.Counts.Where(r => r.Key != id).Sum(r => r.Value.GetValueOrDefault(id));
            var entered = t.Entered.GetValueOrDefault(id);
            var left = t.Left.GetValueOrDefault(id);
            return new SegmentFlow(id, Name(id), stayed + outToOthers + left, stayed + inFromOthers + entered, stayed, inFromOthers, entered, outToOthers, left);
        }).ToArray();
        return new TransitionSummary(t.From, t.To, t.Stability, t.PresentAtBoth, flows);
    }

    private static RetentionCurve[] Curves(IReadOnlyList<Snapshot> snapshots)
    {
        var first = snapshots[0];
        return first.Segmentation.Segments.Select(segment =>
        {
            var origin = first.Segmentation.CustomerIds.Where((c, i) => first.Segmentation.SegmentIds[i] == segment.Id && first.Active.Contains(c)).ToArray();
            var shares = snapshots.Select(s => origin.Length == 0 ? double.NaN : (double)origin.Count(s.Active.Contains) / origin.Length).ToArray();
            return new RetentionCurve(segment.Id, segment.Name, origin.Length, shares);
        }).ToArray();
    }
}
