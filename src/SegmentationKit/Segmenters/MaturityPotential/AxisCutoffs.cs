namespace SegmentationKit.Segmenters.MaturityPotential;

/// <summary>Where an axis score (0–1) turns medium and high: score &lt; <see cref="MediumFrom"/> is
/// low, &lt; <see cref="HighFrom"/> medium, otherwise high.</summary>
public sealed record AxisCutoffs(double MediumFrom, double HighFrom)
{
    public static AxisCutoffs Thirds { get; } = new(1.0 / 3, 2.0 / 3);

    /// <summary>The level of a score, or null when the score is missing (NaN).</summary>
    public AxisLevel? Level(double score) =>
        double.IsNaN(score) ? null : score < MediumFrom ? AxisLevel.Low : score < HighFrom ? AxisLevel.Medium : AxisLevel.High;
}
