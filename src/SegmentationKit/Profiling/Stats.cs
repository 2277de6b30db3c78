using MathNet.Numerics.Distributions;

namespace SegmentationKit.Profiling;

/// <summary>Small statistics shared by the profile computations.</summary>
internal static class Stats
{
    public static double Mean(IReadOnlyList<double> v)
    {
        if (v.Count == 0) return double.NaN;
        var s = 0.0;
        foreach (var x in v) s += x;
        return s / v.Count;
    }

    /// <summary>Median (mean of the two middle values for an even count); NaN when empty.</summary>
    public static double Median(IReadOnlyList<double> v)
    {
        if (v.Count == 0) return double.NaN;
        var values = v.ToArray();
        var mid = values.Length / 2;
        // NaN has no place in an order; keep Array.Sort's placement of it (first) for such input.
        if (Array.Exists(values, double.IsNaN))
        {
            Array.Sort(values);
            return values.Length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
        }
        // The middle order statistics by selection (linear time) rather than a full sort: the same values.
        var upper = OrderStatistic.Select(values, mid);
        if (values.Length % 2 == 1) return upper;
        // After selection every value left of mid is <= upper, so the lower middle is their maximum.
        var lower = values[0];
        for (var i = 1; i < mid; i++) if (values[i] > lower) lower = values[i];
        return (lower + upper) / 2;
    }

    /// <summary>Sample variance (n − 1 denominator); NaN below two values.</summary>
    public static double Variance(IReadOnlyList<double> v)
    {
        if (v.Count < 2) return double.NaN;
        var m = Mean(v);
        var s = 0.0;
        foreach (var x in v) s += (x - m) * (x - m);
        return s / (v.Count - 1);
    }

    /// <summary>Two-sided p-value of Welch's unequal-variance t-test; 1 when it cannot be computed
    /// (fewer than two values on a side, or no variance on either side).</summary>
    public static double WelchPValue(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        if (a.Count < 2 || b.Count < 2) return 1;
        double meanA = Mean(a), meanB = Mean(b);
        return WelchPValue(a.Count, meanA, SquaredDeviations(a, meanA), b.Count, meanB, SquaredDeviations(b, meanB));
    }

    /// <summary>Welch's test from each side's count, mean and sum of squared deviations from its
    /// mean — what <see cref="WelchPValue(IReadOnlyList{double}, IReadOnlyList{double})"/> computes
    /// from the values, for callers that accumulate them in one pass over a column.</summary>
    public static double WelchPValue(int countA, double meanA, double squaredDeviationsA, int countB, double meanB, double squaredDeviationsB)
    {
        if (countA < 2 || countB < 2) return 1;
        double va = squaredDeviationsA / (countA - 1) / countA, vb = squaredDeviationsB / (countB - 1) / countB;
        var se2 = va + vb;
        if (!(se2 > 0)) return 1;
        var t = (meanA - meanB) / Math.Sqrt(se2);
        // Welch–Satterthwaite degrees of freedom; a side with no variance contributes nothing.
        var df = se2 * se2 / ((va > 0 ? va * va / (countA - 1) : 0) + (vb > 0 ? vb * vb / (countB - 1) : 0));
        var tail = StudentT.CDF(0, 1, df, -Math.Abs(t));
        return Math.Min(1, 2 * tail);
    }

    private static double SquaredDeviations(IReadOnlyList<double> v, double mean)
    {
        var s = 0.0;
        foreach (var x in v) s += (x - mean) * (x - mean);
        return s;
    }

    /// <summary>Two-sided p-value of the pooled two-proportion z-test of x1/n1 against x2/n2; 1 when
    /// it cannot be computed (an empty side, or both proportions 0 or both 1).</summary>
    public static double TwoProportionPValue(int x1, int n1, int x2, int n2)
    {
        if (n1 <= 0 || n2 <= 0) return 1;
        var pooled = (double)(x1 + x2) / (n1 + n2);
        var se = Math.Sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        if (!(se > 0)) return 1;
        var z = ((double)x1 / n1 - (double)x2 / n2) / se;
        return Math.Min(1, 2 * Normal.CDF(0, 1, -Math.Abs(z)));
    }

    /// <summary>η²: between-group sum of squares ÷ total sum of squares of values grouped by label.
    /// NaN when the values do not vary.</summary>
    public static double VarianceExplained(IReadOnlyList<double> values, IReadOnlyList<int> groups, int groupCount)
    {
        var sums = new double[groupCount];
        var counts = new int[groupCount];
        double total = 0;
        for (var i = 0; i < values.Count; i++)
        {
            sums[groups[i]] += values[i];
            counts[groups[i]]++;
            total += values[i];
        }
        var mean = total / values.Count;
        double ssTotal = 0, ssBetween = 0;
        foreach (var v in values) ssTotal += (v - mean) * (v - mean);
        for (var g = 0; g < groupCount; g++)
            if (counts[g] > 0)
            {
                var d = sums[g] / counts[g] - mean;
                ssBetween += counts[g] * d * d;
            }
        return ssTotal > 0 ? ssBetween / ssTotal : double.NaN;
    }
}
