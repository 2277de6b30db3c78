namespace SegmentationKit.Profiling;

/// <summary>One customer's transactional CLV prediction, a row of <c>clv.csv</c>.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="ProbabilityAlive">BG/NBD probability 0–1 the customer is still active at the as-of date.</param>
/// <param name="ExpectedPurchases">BG/NBD expected purchases over the horizon.</param>
/// <param name="ExpectedAverageSpend">Gamma-Gamma expected spend per purchase, currency units; NaN
/// without monetary values.</param>
/// <param name="Clv">Discounted expected revenue over the horizon, currency units (no margin applied);
/// NaN without monetary values.</param>
public sealed record ClvPrediction(string CustomerId, double ProbabilityAlive, double ExpectedPurchases, double ExpectedAverageSpend, double Clv);
