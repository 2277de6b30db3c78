namespace SegmentationKit.Features;

/// <summary>Quantiles with linear interpolation between order statistics (NumPy's default
/// <c>percentile</c>, Hyndman–Fan type 7).</summary>
public static class Quantile
{
    /// <param name="sorted">Values sorted ascending, at least one.</param>
    /// <param name="q">Probability 0–1.</param>
    public static double OfSorted(ReadOnlySpan<double> sorted, double q)
    {
        if (sorted.Length == 0) throw new ArgumentException("no values", nameof(sorted));
        var pos = q * (sorted.Length - 1);
        var lo = (int)Math.Floor(pos);
        if (lo >= sorted.Length - 1) return sorted[^1];
        return sorted[lo] + (pos - lo) * (sorted[lo + 1] - sorted[lo]);
    }
}
