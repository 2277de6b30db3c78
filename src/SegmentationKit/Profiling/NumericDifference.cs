namespace SegmentationKit.Profiling;

/// <summary>A numeric feature's segment mean against the base, in the base's standard deviations,
/// with a significance flag. The test is <see cref="ProfileSettings.SignificanceTest"/>: Welch's
/// two-sample t-test of the segment against the rest of the base, two-sided, at level
/// <see cref="ProfileSettings.SignificanceLevel"/> with a Bonferroni correction.</summary>
/// <param name="Column">Column name; boolean columns are read as 0/1 so their mean is a share.</param>
/// <param name="SegmentMean">Mean over the segment's customers with a value, column units.</param>
/// <param name="BaseMean">Mean over the base's customers with a value, column units.</param>
/// <param name="BaseStandardDeviation">Sample standard deviation of the base, column units.</param>
/// <param name="StandardisedDifference">(segment mean − base mean) ÷ base standard deviation; 0 when
/// the base does not vary.</param>
/// <param name="PValue">Two-sided p-value of Welch's t-test, segment against the rest of the base,
/// before correction; 1 when the test cannot be computed (fewer than 2 values on a side, no variance).</param>
/// <param name="IsSignificant">p-value below the Bonferroni-corrected level.</param>
/// <param name="SegmentCount">Segment customers with a value.</param>
/// <param name="BaseCount">Base customers with a value.</param>
public sealed record NumericDifference(
    string Column,
    double SegmentMean,
    double BaseMean,
    double BaseStandardDeviation,
    double StandardisedDifference,
    double PValue,
    bool IsSignificant,
    int SegmentCount,
    int BaseCount);
