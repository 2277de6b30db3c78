namespace SegmentationKit.Profiling;

/// <summary>A money amount summed and averaged over a group of customers (ARR, MRR, revenue, CLV),
/// in the data's currency units. Customers with a missing amount are left out and counted.</summary>
/// <param name="Sum">Sum over the customers with a value, currency units.</param>
/// <param name="ShareOfBase">Share 0–1 of the whole base's sum held by the group (1 for the base).</param>
/// <param name="Mean">Mean per customer with a value, currency units.</param>
/// <param name="Median">Median per customer with a value, currency units.</param>
/// <param name="CustomerCount">Customers the figures were computed on.</param>
/// <param name="MissingCount">Customers of the group left out because their amount is missing.</param>
public sealed record AmountKpi(double Sum, double ShareOfBase, double Mean, double Median, int CustomerCount, int MissingCount = 0);
