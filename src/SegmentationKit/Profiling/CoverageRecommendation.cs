namespace SegmentationKit.Profiling;

/// <summary>The coverage the maturity × potential model's table recommends for a segment. When a
/// segment's customers fall in several cells of the table, the most common recommendation is given
/// and <see cref="ShareOfSegment"/> says how many of the segment it fits.</summary>
/// <param name="TouchLevel">"High", "Mid" or "Low" touch.</param>
/// <param name="Expertise">"Product", "Business" or "Technical".</param>
/// <param name="CsmProfile">"Growth", "Junior", "Senior expert" or "Consultant".</param>
/// <param name="Actions">The recommended actions, in the table's words.</param>
/// <param name="Customers">Customers of the segment this recommendation applies to.</param>
/// <param name="ShareOfSegment">Share 0–1 of the segment's customers it applies to.</param>
public sealed record CoverageRecommendation(
    string TouchLevel,
    string Expertise,
    string CsmProfile,
    IReadOnlyList<string> Actions,
    int Customers,
    double ShareOfSegment);
