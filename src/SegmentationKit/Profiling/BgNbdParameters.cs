namespace SegmentationKit.Profiling;

/// <summary>Fitted BG/NBD parameters (Fader, Hardie &amp; Lee 2005): purchase rates λ ~ Gamma(r, α),
/// dropout probabilities p ~ Beta(a, b). α is in the summary's time unit.</summary>
/// <param name="LogLikelihood">Total log-likelihood over the customers, in the paper's form
/// (not divided by the number of customers).</param>
/// <param name="CustomerCount">Customers the fit used.</param>
/// <param name="Iterations">Optimiser iterations.</param>
public sealed record BgNbdParameters(double R, double Alpha, double A, double B, double LogLikelihood, int CustomerCount, int Iterations);
