namespace SegmentationKit.Segmenters.Cross;

/// <summary>One small cell merged into another segment when the crossed segmentation was fitted.</summary>
/// <param name="Customers">Training customers the cell held.</param>
/// <param name="RevenueShare">Share 0–1 of the total revenue they held (NaN when no revenue minimum was set).</param>
public sealed record SegmentMerge(string FromId, string FromName, string IntoId, string IntoName, int Customers, double RevenueShare);
