namespace SegmentationKit.Segmenters.ValueTiers;

/// <summary>How much of the revenue the top customers hold.</summary>
/// <param name="TopShare">Share 0–1 of the customers, largest first (0.2 = top 20 %).</param>
/// <param name="Customers">How many customers that is: ceil(TopShare × n), at least 1.</param>
/// <param name="RevenueShare">Share 0–1 of the total revenue they hold.</param>
public sealed record ParetoPoint(double TopShare, int Customers, double RevenueShare);
