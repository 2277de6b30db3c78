namespace SegmentationKit.Evaluation;

/// <summary>One segmentation's row in a comparison: balance of sizes and how well its segments
/// separate the outcomes that matter. Outcome measures are null when the data lacks the column.</summary>
/// <param name="Label">Name the analyst gave the run (its folder name by default).</param>
/// <param name="Method">Segmentation method.</param>
/// <param name="SegmentCount">Number of non-empty segments.</param>
/// <param name="SmallestSegment">Customers in the smallest non-empty segment.</param>
/// <param name="LargestSegment">Customers in the largest segment.</param>
/// <param name="SizeEntropy">Shannon entropy of the segment shares, bits.</param>
/// <param name="SizeBalance">Entropy ÷ log2(segment count), 0–1 (1 = all segments the same size).</param>
/// <param name="ChurnVarianceExplained">Share 0–1 of the variance of the churned flag (0/1) that lies
/// between segments (η², between-group sum of squares ÷ total sum of squares).</param>
/// <param name="ChurnRateSpread">Highest minus lowest segment churn rate, share 0–1.</param>
/// <param name="ArrVarianceExplained">η² of ARR across segments, 0–1.</param>
/// <param name="ClvVarianceExplained">η² of the per-customer CLV across segments, 0–1 (SaaS CLV).</param>
/// <param name="SegmentsBelowMinimumSize">Ids of segments with fewer customers than the minimum size.</param>
public sealed record ComparedSegmentation(
    string Label,
    string Method,
    int SegmentCount,
    int SmallestSegment,
    int LargestSegment,
    double SizeEntropy,
    double SizeBalance,
    double? ChurnVarianceExplained,
    double? ChurnRateSpread,
    double? ArrVarianceExplained,
    double? ClvVarianceExplained,
    IReadOnlyList<string> SegmentsBelowMinimumSize);
