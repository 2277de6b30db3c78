using SegmentationKit.Segmenters.MaturityPotential;

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
        // Lookups hand out a few shared instances: their keys are built once each.
        var keys = new Dictionary<CoverageRecommendation, string>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < customerIds.Count; i++)
        {
            var c = _lookup(customerIds[i]);
            if (c is null) continue;
            if (!keys.TryGetValue(c, out var key))
                keys[c] = key = $"{c.TouchLevel}\u001f{c.Expertise}\u001f{c.CsmProfile}\u001f{string.Join("\u001e", c.Actions)}";
            counts[key] = counts.TryGetValue(key, out var e) ? (e.Coverage, e.Count + 1, e.First) : (c, 1, i);
        }
        if (counts.Count == 0) return null;
        var best = counts.Values.OrderByDescending(e => e.Count).ThenBy(e => e.First).First();
        return best.Coverage with { Customers = best.Count, ShareOfSegment = (double)best.Count / customerIds.Count };
    }

    /// <summary>Where the recommendations come from, in words (for the profile's notes).</summary>
    public LocalisedText Origin { get; init; } = new("the coverage table given", "la table de couverture fournie");

    /// <summary>The coverage a segmentation carries (a maturity × potential segmentation stores its
    /// plan in its parameters): each customer gets the recommendation of their segment. Null when the
    /// segmentation carries no plan.</summary>
    public static CustomerCoverageSource? FromSegmentation(Segmentation segmentation) =>
        FromSegmentation(segmentation, new LocalisedText($"the coverage plan of the {segmentation.Method} segmentation",
            $"le plan de couverture de la segmentation {segmentation.Method}"));

    private static CustomerCoverageSource? FromSegmentation(Segmentation segmentation, LocalisedText origin)
    {
        var plan = CoveragePlan.FromSegmentation(segmentation);
        if (plan.BySegment.Count == 0) return null;
        var bySegment = plan.BySegment.ToDictionary(p => p.Key, p => Convert(p.Value), StringComparer.Ordinal);
        var byCustomer = new Dictionary<string, CoverageRecommendation>(segmentation.CustomerCount, StringComparer.Ordinal);
        for (var i = 0; i < segmentation.CustomerCount; i++)
            if (bySegment.TryGetValue(segmentation.SegmentIds[i], out var c)) byCustomer[segmentation.CustomerIds[i]] = c;
        return new CustomerCoverageSource(id => byCustomer.GetValueOrDefault(id))
        {
            Origin = origin,
        };
    }

    /// <summary>The default maturity × potential model applied to <paramref name="data"/>; null (with
    /// the reason in <paramref name="whyNot"/>) when the table lacks what the model needs.</summary>
    public static CustomerCoverageSource? FromDefaultMaturityModel(SegmentationData data, out string? whyNot)
    {
        try
        {
            var segmenter = new MaturityPotentialSegmenter();
            var source = FromSegmentation(segmenter.Fit(data).Assign(data), new LocalisedText("the default maturity × potential model's coverage table",
                "la table de couverture du modèle maturité × potentiel par défaut"));
            whyNot = source is null ? "the maturity model gave no coverage plan" : null;
            return source;
        }
        catch (Errors.SegmentationKitException e)
        {
            whyNot = e.Message;
            return null;
        }
    }

    private static CoverageRecommendation Convert(Segmenters.MaturityPotential.CoverageRecommendation r) =>
        new(r.Touch.ToString(), r.Expertise.ToString(), Segmenters.MaturityPotential.CoverageRecommendation.ProfileName(r.Profile), r.Actions, 0, 0);
}
