namespace SegmentationKit.Profiling.Playbook;

/// <summary>When a play applies: every condition given must hold (an absent one always holds). Each
/// level list is "any of".</summary>
/// <param name="Value">Value levels: high, mid, low.</param>
/// <param name="Risk">Churn-risk levels: high, normal, low.</param>
/// <param name="Lapsed">Whether most of the segment must be gone (true) or not (false).</param>
/// <param name="New">Whether the segment must be new customers (true) or not (false).</param>
/// <param name="Engagement">Engagement levels: high, normal, low.</param>
public sealed record PlayCondition(
    IReadOnlyList<string>? Value = null,
    IReadOnlyList<string>? Risk = null,
    bool? Lapsed = null,
    bool? New = null,
    IReadOnlyList<string>? Engagement = null)
{
    public static readonly IReadOnlyList<string> ValueLevels = ["high", "mid", "low"];
    public static readonly IReadOnlyList<string> RiskLevels = ["high", "normal", "low"];
    public static readonly IReadOnlyList<string> EngagementLevels = ["high", "normal", "low"];

    public bool Matches(SegmentSituation s) =>
        (Value is null || Value.Contains(s.Value)) &&
        (Risk is null || Risk.Contains(s.Risk)) &&
        (Lapsed is null || Lapsed == s.Lapsed) &&
        (New is null || New == s.New) &&
        (Engagement is null || Engagement.Contains(s.Engagement));
}
