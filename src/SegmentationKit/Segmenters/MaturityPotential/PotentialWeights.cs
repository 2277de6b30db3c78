namespace SegmentationKit.Segmenters.MaturityPotential;

/// <summary>Relative weights (≥ 0) of the potential criteria, each a 0–1 headroom: ARR per employee
/// below <see cref="MaturityPotentialOptions.ArrPerEmployeeForFullScore"/> (1 − ratio, floored at
/// 0); seats not yet sold (1 − seats / employees); modules not yet subscribed (1 − subscribed /
/// available).</summary>
public sealed record PotentialWeights(double ArrPerEmployee = 1, double SeatPenetration = 1, double ModulePenetration = 1)
{
    internal double[] ToArray() => [ArrPerEmployee, SeatPenetration, ModulePenetration];
}
