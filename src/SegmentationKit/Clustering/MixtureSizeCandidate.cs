namespace SegmentationKit.Clustering;

/// <summary>One fit of a <see cref="MixtureSizeChoice"/> sweep.</summary>
/// <param name="Components">k.</param>
/// <param name="MeanLogLikelihood">Mean log-likelihood per row (nats).</param>
/// <param name="Bic">−2 log-likelihood + parameters × ln n (lower is better).</param>
/// <param name="Aic">−2 log-likelihood + 2 × parameters (lower is better).</param>
public sealed record MixtureSizeCandidate(int Components, double MeanLogLikelihood, double Bic, double Aic, int ParameterCount, bool Converged);
