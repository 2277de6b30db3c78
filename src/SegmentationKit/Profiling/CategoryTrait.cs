namespace SegmentationKit.Profiling;

/// <summary>One category of a categorical column, compared between a segment and the base.</summary>
/// <param name="Column">Column name, e.g. "industry".</param>
/// <param name="Category">The category, e.g. "Retail".</param>
/// <param name="SegmentCount">Customers of the segment in the category.</param>
/// <param name="SegmentShare">Share 0–1 of the segment's customers with a value who are in the category.</param>
/// <param name="BaseShare">Share 0–1 of the base's customers with a value who are in the category.</param>
/// <param name="Lift">Segment share ÷ base share (1 = as common as in the base, 2 = twice as common).</param>
/// <param name="CustomerCount">Segment customers with a value in the column (the shares' denominator).</param>
public sealed record CategoryTrait(
    string Column,
    string Category,
    int SegmentCount,
    double SegmentShare,
    double BaseShare,
    double Lift,
    int CustomerCount);
