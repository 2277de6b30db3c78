namespace SegmentationKit.Retention;

/// <summary>An sBG model fitted to one cohort or segment, with the data it was fitted on.</summary>
/// <param name="Counts">The renewal data.</param>
/// <param name="Model">The fitted α and β.</param>
/// <param name="LogLikelihood">The maximised log-likelihood (natural log, summed over customers).</param>
/// <param name="Iterations">Optimiser iterations.</param>
public sealed record RetentionFit(RenewalCounts Counts, ShiftedBetaGeometric Model, double LogLikelihood, int Iterations);
