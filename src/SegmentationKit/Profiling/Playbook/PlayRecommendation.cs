namespace SegmentationKit.Profiling.Playbook;

/// <summary>The play chosen for a segment, why, and what the coverage model says about it.</summary>
/// <param name="PlayId">The play's id.</param>
/// <param name="Name">The play in a few words.</param>
/// <param name="Situation">The segment's situation the play was chosen on (<see cref="SegmentSituation.Describe"/>).</param>
/// <param name="Actions">What to do.</param>
/// <param name="CoverageNote">Set when the coverage model should not be applied as it stands: it
/// covers under half the segment with one cell, or its cell is below the play's minimum touch.</param>
public sealed record PlayRecommendation(
    string PlayId,
    LocalisedText Name,
    LocalisedText Situation,
    IReadOnlyList<LocalisedText> Actions,
    LocalisedText? CoverageNote = null);
