using System.Globalization;

namespace SegmentationKit.Segmenters.Rfm;

/// <summary>The cut points that turn one RFM measure into a score 1…<see cref="Bins"/>. A value x
/// scores <c>1 + (number of cuts ≤ x)</c>, i.e. bin i holds lower[i] ≤ x &lt; upper[i] (half-open),
/// so equal values always get equal scores. Recency is <see cref="Reversed"/>: fewest days → highest
/// score.</summary>
/// <param name="Cuts">Interior thresholds, non-decreasing, Bins − 1 of them (same unit as the measure).</param>
/// <param name="Reversed">True for recency.</param>
public sealed record RfmScale(IReadOnlyList<double> Cuts, bool Reversed)
{
    public int Bins => Cuts.Count + 1;

    /// <summary>The score of one value, 1…<see cref="Bins"/>.</summary>
    public int Score(double value)
    {
        var below = 0;
        // Cuts are few (bins − 1), so a linear scan beats a binary search here.
        for (var i = 0; i < Cuts.Count; i++)
            if (Cuts[i] <= value) below++;
        return Reversed ? Bins - below : 1 + below;
    }

    /// <summary>Cuts as the R package <c>rfm</c> 0.3.0 computes them: the type-7 quantiles of
    /// <paramref name="values"/> at the interior probabilities of <c>seq(0, 1, length.out = n + 1)</c>,
    /// each plus 1 (docs/segmentation-methods.md, "RFM").</summary>
    public static RfmScale FromQuantiles(IReadOnlyList<double> values, int bins, bool reversed)
    {
        if (values.Count == 0) throw new ArgumentException("no values to take quantiles of", nameof(values));
        var sorted = values.ToArray();
        Array.Sort(sorted);
        return FromOrderStatistics(sorted.Length, rank => sorted[rank - 1], bins, reversed);
    }

    /// <summary>The same cuts as <see cref="FromQuantiles"/> from the order statistics of
    /// <paramref name="count"/> values, given by <paramref name="valueAtRank"/> (1-based rank in
    /// ascending order) for the ranks <see cref="RanksNeeded"/> lists: a database sorts and picks
    /// them, the kit interpolates with R's arithmetic, so the cuts are the same to the last bit.</summary>
    public static RfmScale FromOrderStatistics(long count, Func<long, double> valueAtRank, int bins, bool reversed)
    {
        if (count <= 0) throw new ArgumentException("no values to take quantiles of", nameof(count));
        var cuts = new double[bins - 1];
        for (var i = 1; i < bins; i++)
            cuts[i - 1] = QuantileType7(count, valueAtRank, RSeqProbability(i, bins)) + 1;
        return new RfmScale(cuts, reversed);
    }

    /// <summary>The 1-based ranks whose values <see cref="FromOrderStatistics"/> reads for
    /// <paramref name="bins"/> scores of <paramref name="count"/> values.</summary>
    public static IReadOnlyList<long> RanksNeeded(long count, int bins)
    {
        var ranks = new SortedSet<long>();
        for (var i = 1; i < bins; i++)
        {
            var index = 1 + (count - 1) * RSeqProbability(i, bins);
            ranks.Add((long)Math.Floor(index));
            ranks.Add((long)Math.Ceiling(index));
        }
        return ranks.ToArray();
    }

    /// <summary>The i-th interior value of R's <c>seq(0, 1, length.out = bins + 1)</c>, computed as
    /// R's <c>seq.default</c> does: <c>from + i * ((to - from) / (length.out - 1))</c>, i.e.
    /// i · (1 / bins), not i / bins. The two differ by one ulp for some i (3 · 0.2 =
    /// 0.6000000000000001; 3, 6 and 7 · 0.1 for ten bins), which moves a type-7 cut by one ulp when
    /// (n − 1)·p is a whole number, and so the score of a customer lying exactly on that quantile.</summary>
    internal static double RSeqProbability(int i, int bins) => 0.0 + i * (1.0 / bins);

    /// <summary>R's quantile type 7 (numpy "linear", MathNet QuantileDefinition.R7) of sorted data,
    /// computed with R's own arithmetic so the cuts agree with R to the last bit:
    /// index = 1 + (N − 1)p, lo = floor, hi = ceiling, h = index − lo, q = (1 − h)·x[lo] + h·x[hi],
    /// and no interpolation when x[lo] = x[hi].</summary>
    internal static double QuantileType7(double[] sorted, double p) => QuantileType7(sorted.Length, rank => sorted[rank - 1], p);

    private static double QuantileType7(long count, Func<long, double> valueAtRank, double p)
    {
        var index = 1 + (count - 1) * p;
        var lo = Math.Floor(index);
        var hi = Math.Ceiling(index);
        var qs = valueAtRank((long)lo);
        var xhi = valueAtRank((long)hi);
        if (!(index > lo) || xhi == qs) return qs;
        var h = index - lo;
        return (1 - h) * qs + h * xhi;
    }

    /// <summary>The cuts as readable invariant text to 10 significant digits, e.g. "7, 25, 40, 85"
    /// (the interpolation leaves binary noise such as 7.000000000000001; the fitted model's JSON
    /// keeps the exact values).</summary>
    public string Describe() => string.Join(", ", Cuts.Select(c => c.ToString("G10", CultureInfo.InvariantCulture)));
}
