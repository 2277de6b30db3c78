namespace SegmentationKit.Profiling;

/// <summary>Fitted Gamma-Gamma spend parameters (Fader, Hardie &amp; Lee 2005, "RFM and CLV"):
/// a customer's transaction values ~ Gamma(p, ν), ν ~ Gamma(q, γ). <see cref="V"/> is γ (the
/// <c>v</c> of the lifetimes package), in currency units.</summary>
/// <param name="LogLikelihood">Total log-likelihood over the customers used.</param>
/// <param name="CustomerCount">Customers the fit used (those with at least one repeat purchase).</param>
/// <param name="Iterations">Optimiser iterations.</param>
public sealed record GammaGammaParameters(double P, double Q, double V, double LogLikelihood, int CustomerCount, int Iterations);
