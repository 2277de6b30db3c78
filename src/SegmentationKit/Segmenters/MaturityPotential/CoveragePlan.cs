using System.Globalization;

namespace SegmentationKit.Segmenters.MaturityPotential;

/// <summary>The coverage recommendation of every segment of a maturity × potential segmentation,
/// by segment id. A <see cref="Segmentation"/> carries it in its parameters
/// (<c>coverage.&lt;id&gt;.touch</c>, <c>.expertise</c>, <c>.csm_profile</c>, <c>.actions</c>), so it
/// survives segmentation.json; <see cref="FromSegmentation"/> reads it back.</summary>
public sealed class CoveragePlan
{
    private readonly Dictionary<string, CoverageRecommendation> _bySegment;

    public CoveragePlan(IReadOnlyDictionary<string, CoverageRecommendation> bySegment) =>
        _bySegment = new Dictionary<string, CoverageRecommendation>(bySegment, StringComparer.Ordinal);

    public IReadOnlyDictionary<string, CoverageRecommendation> BySegment => _bySegment;

    /// <summary>The recommendation for a segment id, or null when the segment has none.</summary>
    public CoverageRecommendation? For(string segmentId) => _bySegment.GetValueOrDefault(segmentId);

    /// <summary>Reads the plan from a segmentation's parameters; empty when it carries none.</summary>
    public static CoveragePlan FromSegmentation(Segmentation segmentation)
    {
        var map = new Dictionary<string, CoverageRecommendation>(StringComparer.Ordinal);
        foreach (var s in segmentation.Segments)
        {
            var p = segmentation.Parameters;
            if (!p.TryGetValue(Key(s.Id, "touch"), out var touch)) continue;
            map[s.Id] = new CoverageRecommendation(
                Enum.Parse<TouchLevel>(touch, ignoreCase: true),
                Enum.Parse<Expertise>(p[Key(s.Id, "expertise")], ignoreCase: true),
                Enum.Parse<CsmProfile>(p[Key(s.Id, "csm_profile")].Replace("_", ""), ignoreCase: true),
                p.TryGetValue(Key(s.Id, "actions"), out var actions) && actions.Length > 0 ? actions.Split(" | ") : []);
        }
        return new CoveragePlan(map);
    }

    /// <summary>The parameters that carry the plan inside a segmentation.</summary>
    public Dictionary<string, string> ToParameters()
    {
        var p = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, r) in _bySegment)
        {
            p[Key(id, "touch")] = r.Touch.ToString().ToLower(CultureInfo.InvariantCulture);
            p[Key(id, "expertise")] = r.Expertise.ToString().ToLower(CultureInfo.InvariantCulture);
            p[Key(id, "csm_profile")] = SegmentIds.FromName(CoverageRecommendation.ProfileName(r.Profile));
            p[Key(id, "actions")] = string.Join(" | ", r.Actions);
        }
        return p;
    }

    private static string Key(string segmentId, string field) => $"coverage.{segmentId}.{field}";
}
