using SegmentationKit.Features;

namespace SegmentationKit.Clustering;

/// <summary>k-means++ seeding (Arthur &amp; Vassilvitskii 2007): the first seed uniformly at random,
/// each next one with probability proportional to its squared distance to the nearest seed so far.
/// Used to start the mixture and k-prototypes fits; deterministic for a given <see cref="Random"/>.</summary>
internal static class PlusPlusSeeding
{
    /// <summary>Row indices of k seeds. The data must have at least k distinct rows.</summary>
    public static int[] Choose(FeatureMatrix x, int k, Random random)
    {
        int n = x.Rows;
        var seeds = new int[k];
        var nearest = new double[n];
        seeds[0] = random.Next(n);
        for (var i = 0; i < n; i++) nearest[i] = SquaredDistance(x.Row(i), x.Row(seeds[0]));
        for (var c = 1; c < k; c++)
        {
            var total = 0.0;
            foreach (var v in nearest) total += v;
            var target = random.NextDouble() * total;
            var chosen = -1;
            var running = 0.0;
            for (var i = 0; i < n; i++)
            {
                if (nearest[i] <= 0) continue;
                chosen = i;
                running += nearest[i];
                if (running >= target) break;
            }
            seeds[c] = chosen;
            for (var i = 0; i < n; i++) nearest[i] = Math.Min(nearest[i], SquaredDistance(x.Row(i), x.Row(chosen)));
        }
        return seeds;
    }

    /// <summary>Label of the nearest seed for every row (ties to the lower seed).</summary>
    public static int[] NearestLabels(FeatureMatrix x, int[] seeds)
    {
        var labels = new int[x.Rows];
        for (var i = 0; i < x.Rows; i++)
        {
            var best = double.PositiveInfinity;
            for (var c = 0; c < seeds.Length; c++)
            {
                var dist = SquaredDistance(x.Row(i), x.Row(seeds[c]));
                if (dist < best) { best = dist; labels[i] = c; }
            }
        }
        return labels;
    }

    public static double SquaredDistance(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var s = 0.0;
        for (var j = 0; j < a.Length; j++) { var t = a[j] - b[j]; s += t * t; }
        return s;
    }
}
