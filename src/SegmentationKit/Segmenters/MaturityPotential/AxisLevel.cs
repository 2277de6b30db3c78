namespace SegmentationKit.Segmenters.MaturityPotential;

/// <summary>Low, medium or high on the maturity or the potential axis.</summary>
public enum AxisLevel
{
    Low = 1,
    Medium = 2,
    High = 3,
}
