namespace SegmentationKit.Profiling;

/// <summary>One category of a categorical column, compared between a segment and the base.</summary>
/// <param name="Column">Column name, e.g. "industry".</param>
/// <param name="Category">The category, e.g. "Retail".</param>
/// <param name="SegmentCount">Customers of the segment in the category.</param>
/// <param name="SegmentShare">Share 0–1 of the segment's customers with a value who are in the category.</param>
/// <param name="BaseShare">Share 0–1 of the base's customers with a value who are in the category.</param>
/// <param name="Lift">Segment share ÷ base share (1 = as common as in the base, 2 = twice as common).</param>
/// <param name="CustomerCount">Segment customers with a value in the column (the shares' denominator).</param>
/// <param name="PValue">Two-sided p-value of the two-proportion z-test of the segment's share against
/// the rest of the base's.</param>
/// <param name="IsSignificant">True when <paramref name="PValue"/> is below the profile's significance
/// level, Bonferroni-corrected over every segment × category tested.</param>
public sealed record CategoryTrait(
    string Column,
    string Category,
    int SegmentCount,
    double SegmentShare,
    double BaseShare,
    double Lift,
    int CustomerCount,
    double PValue = double.NaN,
    bool IsSignificant = false)
{
    /// <summary>Lift from which a significant category counts as over-represented: 1.1×.</summary>
    public const double OverRepresentedLift = 1.1;

    /// <summary>More common in the segment than in the base by at least <see cref="OverRepresentedLift"/>,
    /// and significantly so.</summary>
    public bool IsOverRepresented => IsSignificant && Lift >= OverRepresentedLift;
}
