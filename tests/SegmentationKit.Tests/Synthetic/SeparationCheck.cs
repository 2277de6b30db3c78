namespace SegmentationKit.Tests.Synthetic;

/// <summary>A plain Lloyd k-means (k-means++ start, best of several restarts) and the Hubert–Arabie
/// adjusted Rand index, only to check that the planted segments can be recovered. The kit's own
/// k-means lives in Segmenters/ and is tested against scikit-learn there.</summary>
internal static class SeparationCheck
{
    /// <summary>log1p then standard scaling (population standard deviation), column by column.</summary>
    public static double[][] Log1pStandardised(IReadOnlyList<double[]> columns)
    {
        var n = columns[0].Length;
        var rows = new double[n][];
        for (var i = 0; i < n; i++) rows[i] = new double[columns.Count];
        for (var j = 0; j < columns.Count; j++)
        {
            var v = columns[j].Select(x => Math.Log(1 + x)).ToArray();
            var mean = v.Average();
            var sd = Math.Sqrt(v.Select(x => (x - mean) * (x - mean)).Average());
            for (var i = 0; i < n; i++) rows[i][j] = (v[i] - mean) / sd;
        }
        return rows;
    }

    public static int[] KMeans(double[][] x, int k, int restarts, int seed)
    {
        var random = new Random(seed);
        int[]? best = null;
        var bestInertia = double.PositiveInfinity;
        for (var r = 0; r < restarts; r++)
        {
            var (labels, inertia) = Lloyd(x, k, random);
            if (inertia < bestInertia)
            {
                bestInertia = inertia;
                best = labels;
            }
        }
        return best!;
    }

    private static (int[] Labels, double Inertia) Lloyd(double[][] x, int k, Random random)
    {
        var n = x.Length;
        var d = x[0].Length;
        var centres = new double[k][];
        centres[0] = (double[])x[random.Next(n)].Clone();
        var nearest = x.Select(p => Distance(p, centres[0])).ToArray();
        for (var c = 1; c < k; c++)
        {
            var u = random.NextDouble() * nearest.Sum();
            var pick = 0;
            for (; pick < n - 1; pick++)
            {
                u -= nearest[pick];
                if (u < 0) break;
            }
            centres[c] = (double[])x[pick].Clone();
            for (var i = 0; i < n; i++) nearest[i] = Math.Min(nearest[i], Distance(x[i], centres[c]));
        }
        var labels = new int[n];
        var inertia = 0.0;
        for (var iteration = 0; iteration < 100; iteration++)
        {
            var changed = false;
            inertia = 0;
            for (var i = 0; i < n; i++)
            {
                var bestC = 0;
                var bestD = double.PositiveInfinity;
                for (var c = 0; c < k; c++)
                {
                    var dist = Distance(x[i], centres[c]);
                    if (dist < bestD) { bestD = dist; bestC = c; }
                }
                if (labels[i] != bestC) changed = true;
                labels[i] = bestC;
                inertia += bestD;
            }
            var sums = new double[k, d];
            var counts = new int[k];
            for (var i = 0; i < n; i++)
            {
                counts[labels[i]]++;
                for (var j = 0; j < d; j++) sums[labels[i], j] += x[i][j];
            }
            for (var c = 0; c < k; c++)
                if (counts[c] > 0)
                    for (var j = 0; j < d; j++) centres[c][j] = sums[c, j] / counts[c];
            if (!changed && iteration > 0) break;
        }
        return (labels, inertia);
    }

    private static double Distance(double[] a, double[] b)
    {
        var s = 0.0;
        for (var j = 0; j < a.Length; j++) s += (a[j] - b[j]) * (a[j] - b[j]);
        return s;
    }

    /// <summary>Adjusted Rand index (Hubert &amp; Arabie 1985).</summary>
    public static double AdjustedRandIndex<TA, TB>(IReadOnlyList<TA> a, IReadOnlyList<TB> b) where TA : notnull where TB : notnull
    {
        var table = new Dictionary<(TA, TB), long>();
        var rows = new Dictionary<TA, long>();
        var cols = new Dictionary<TB, long>();
        for (var i = 0; i < a.Count; i++)
        {
            table[(a[i], b[i])] = table.GetValueOrDefault((a[i], b[i])) + 1;
            rows[a[i]] = rows.GetValueOrDefault(a[i]) + 1;
            cols[b[i]] = cols.GetValueOrDefault(b[i]) + 1;
        }
        static double Pairs(long m) => m * (m - 1) / 2.0;
        var index = table.Values.Sum(Pairs);
        var sumRows = rows.Values.Sum(Pairs);
        var sumCols = cols.Values.Sum(Pairs);
        var expected = sumRows * sumCols / Pairs(a.Count);
        var max = (sumRows + sumCols) / 2;
        return (index - expected) / (max - expected);
    }
}
