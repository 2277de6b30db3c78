namespace SegmentationKit.Profiling;

/// <summary>Where a profile gets each customer's recommended coverage from (the maturity × potential
/// model's coverage table). A segment's recommendation is the most common one among its customers.</summary>
public sealed class CustomerCoverageSource
{
    private readonly Func<string, CoverageRecommendation?> _lookup;

    /// <param name="lookup">The coverage of one customer id, or null when the table has none for it.
    /// <see cref="CoverageRecommendation.Customers"/> and <see cref="CoverageRecommendation.ShareOfSegment"/>
    /// of the returned value are ignored.</param>
    public CustomerCoverageSource(Func<string, CoverageRecommendation?> lookup) => _lookup = lookup;

    /// <summary>The most common recommendation among <paramref name="customerIds"/> (ties: the first
    /// met in the order given), with how many of them it fits; null when none has one.</summary>
    public CoverageRecommendation? Recommend(IReadOnlyList<string> customerIds)
    {
        var counts = new Dictionary<string, (CoverageRecommendation Coverage, int Count, int First)>(StringComparer.Ordinal);
        for (var i = 0; i < customerIds.Count; i++)
        {
            var c = _lookup(customerIds[i]);
            if (c is null) continue;
            var key = $"{c.TouchLevel}\u001f{c.Expertise}\u001f{c.CsmProfile}\u001f{string.Join("\u001e", c.Actions)}";
            counts[key] = counts.TryGetValue(key, out var e) ? (e.Coverage, e.Count + 1, e.First) : (c, 1, i);
        }
        if (counts.Count == 0) return null;
        var best = counts.Values.OrderByDescending(e => e.Count).ThenBy(e => e.First).First();
        return best.Coverage with { Customers = best.Count, ShareOfSegment = (double)best.Count / customerIds.Count };
    }
}
