namespace SegmentationKit.Evaluation;

/// <summary>A k sweep: one row of metrics per k, and the recommendation.</summary>
public sealed record KSweepResult(int Rows, int Columns, KSweepOptions Options, IReadOnlyList<KSweepRow> Table, KRecommendation Recommendation)
{
    /// <summary>The row of <paramref name="k"/>.</summary>
    public KSweepRow this[int k] => Table.Single(r => r.K == k);
}
