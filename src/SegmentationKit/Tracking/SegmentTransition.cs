using System.Text.Json.Serialization;

namespace SegmentationKit.Tracking;

/// <summary>How customers moved between two consecutive snapshots. A customer is <i>present</i> at a
/// snapshot when signed up by its date and not churned then.</summary>
/// <param name="From">The earlier snapshot date.</param>
/// <param name="To">The later snapshot date.</param>
/// <param name="Counts">Customers present at both: segment at <paramref name="From"/> → segment at
/// <paramref name="To"/> → number (pairs with no customer are left out).</param>
/// <param name="Entered">Customers present at <paramref name="To"/> but not at <paramref name="From"/>
/// (new sign-ups), by segment at <paramref name="To"/>; every segment of that catalog, zeros included.</param>
/// <param name="Left">Customers present at <paramref name="From"/> but not at <paramref name="To"/>
/// (churned or absent), by segment at <paramref name="From"/>; every segment of that catalog.</param>
public sealed record SegmentTransition(
    DateOnly From,
    DateOnly To,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Counts,
    IReadOnlyDictionary<string, int> Entered,
    IReadOnlyDictionary<string, int> Left)
{
    /// <summary>The transition between two snapshots, segment ids in catalog order.</summary>
    public static SegmentTransition Between(Snapshot from, Snapshot to)
    {
        var before = Present(from);
        var after = Present(to);
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var left = from.Segmentation.Segments.ToDictionary(s => s.Id, _ => 0, StringComparer.Ordinal);
        var entered = to.Segmentation.Segments.ToDictionary(s => s.Id, _ => 0, StringComparer.Ordinal);
        var toOrder = to.Segmentation.Segments.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        // Walk the earlier catalog in order so the JSON lists segments as the catalogs do.
        var pairs = new SortedDictionary<(int From, int To), int>();
        var fromOrder = from.Segmentation.Segments.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        foreach (var (customer, segment) in before)
        {
            if (after.TryGetValue(customer, out var next))
            {
                var key = (fromOrder[segment], toOrder[next]);
                pairs[key] = pairs.GetValueOrDefault(key) + 1;
            }
            else left[segment]++;
        }
        foreach (var (customer, segment) in after)
            if (!before.ContainsKey(customer)) entered[segment]++;
        foreach (var ((f, t), n) in pairs)
        {
            var fromId = from.Segmentation.Segments[f].Id;
            if (!counts.TryGetValue(fromId, out var row)) counts[fromId] = row = new Dictionary<string, int>(StringComparer.Ordinal);
            row[to.Segmentation.Segments[t].Id] = n;
        }
        return new SegmentTransition(from.AsOf, to.AsOf,
            counts.ToDictionary(c => c.Key, c => (IReadOnlyDictionary<string, int>)c.Value, StringComparer.Ordinal), entered, left);
    }

    /// <summary>Customers present at both dates.</summary>
    [JsonIgnore]
    public int PresentAtBoth => Counts.Values.Sum(r => r.Values.Sum());

    /// <summary>Customers present at both who are in a segment of the same id at both.</summary>
    [JsonIgnore]
    public int Stayed => Counts.Sum(r => r.Value.TryGetValue(r.Key, out var n) ? n : 0);

    /// <summary>Share 0–1 of the customers present at both who stayed in their segment; NaN when none is.</summary>
    [JsonIgnore]
    public double Stability => PresentAtBoth == 0 ? double.NaN : (double)Stayed / PresentAtBoth;

    /// <summary>Customer id → segment id of the snapshot's present customers.</summary>
    private static Dictionary<string, string> Present(Snapshot snapshot)
    {
        var map = new Dictionary<string, string>(snapshot.Active.Count, StringComparer.Ordinal);
        var ids = snapshot.Segmentation.CustomerIds;
        var segments = snapshot.Segmentation.SegmentIds;
        for (var i = 0; i < ids.Count; i++)
            if (snapshot.Active.Contains(ids[i])) map[ids[i]] = segments[i];
        return map;
    }
}
