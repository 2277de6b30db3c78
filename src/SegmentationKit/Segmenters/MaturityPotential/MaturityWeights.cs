namespace SegmentationKit.Segmenters.MaturityPotential;

/// <summary>Relative weights (≥ 0) of the maturity criteria; they are divided by their sum. Each
/// criterion is first put on 0–1: not the first tool of its kind → 1 (the team has used such tools
/// before), first → 0; team size / <see cref="MaturityPotentialOptions.TeamSizeForFullScore"/>,
/// capped at 1; module complexity 1–3 → 0, 0.5, 1; feature adoption as its 0–1 share.</summary>
public sealed record MaturityWeights(double FirstToolOfKind = 1, double TeamSize = 1, double ModuleComplexity = 1, double FeatureAdoption = 1)
{
    internal double[] ToArray() => [FirstToolOfKind, TeamSize, ModuleComplexity, FeatureAdoption];
}
