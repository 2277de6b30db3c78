using SegmentationKit.Features;

namespace SegmentationKit.Clustering;

/// <summary>The k-means building blocks: nearest-centre assignment, per-chunk sums and their
/// combination in chunk order (so results do not depend on the thread count).</summary>
internal static class LloydSteps
{
    /// <summary>Nearest centre (ties to the lower cluster) and its squared distance for rows start..end-1.</summary>
    public static void Assign(FeatureMatrix x, double[] centres, int k, int[] labels, double[] distances, int start, int end)
    {
        int d = x.Columns;
        var values = x.Values;
        for (var i = start; i < end; i++)
        {
            var row = values.AsSpan(i * d, d);
            var best = 0;
            var bestDistance = double.PositiveInfinity;
            for (var c = 0; c < k; c++)
            {
                var dist = SquaredDistance(row, centres.AsSpan(c * d, d));
                if (dist < bestDistance) { bestDistance = dist; best = c; }
            }
            labels[i] = best;
            distances[i] = bestDistance;
        }
    }

    public static double SquaredDistance(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var s = 0.0;
        for (var j = 0; j < a.Length; j++) { var t = a[j] - b[j]; s += t * t; }
        return s;
    }

    /// <summary>Sum over rows of <paramref name="chunkSum"/>(start, end), computed per fixed chunk in
    /// parallel and added in chunk order.</summary>
    public static double SumOverChunks(int rows, ParallelOptions parallel, Func<int, int, double> chunkSum)
    {
        var chunks = RowChunks.Count(rows);
        var partial = new double[chunks];
        Parallel.For(0, chunks, parallel, c =>
        {
            var (start, end) = RowChunks.Range(c, rows);
            partial[c] = chunkSum(start, end);
        });
        var total = 0.0;
        foreach (var p in partial) total += p;
        return total;
    }
}
