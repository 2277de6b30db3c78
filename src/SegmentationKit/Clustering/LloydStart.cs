using SegmentationKit.Features;

namespace SegmentationKit.Clustering;

/// <summary>The k-means partition a Gaussian mixture starts from (scikit-learn's default start):
/// Lloyd iterations from k-means++ seeds until no row changes cluster (at most 300), one start.
/// An emptied cluster keeps its previous centre. Only a starting point: the kit's k-means segmenter
/// is the place for k-means results.</summary>
internal static class LloydStart
{
    public const int MaxIterations = 300;

    public static int[] Labels(FeatureMatrix x, int k, Random random)
    {
        int n = x.Rows, d = x.Columns;
        var seeds = PlusPlusSeeding.Choose(x, k, random);
        var centres = new double[k * d];
        for (var c = 0; c < k; c++) x.Row(seeds[c]).CopyTo(centres.AsSpan(c * d, d));
        var labels = Enumerable.Repeat(-1, n).ToArray();
        var sums = new double[k * d];
        var sizes = new int[k];
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var changed = false;
            for (var i = 0; i < n; i++)
            {
                var row = x.Row(i);
                var best = 0;
                var bestDistance = double.PositiveInfinity;
                for (var c = 0; c < k; c++)
                {
                    var dist = PlusPlusSeeding.SquaredDistance(row, centres.AsSpan(c * d, d));
                    if (dist < bestDistance) { bestDistance = dist; best = c; }
                }
                if (labels[i] != best) { labels[i] = best; changed = true; }
            }
            if (!changed) break;
            Array.Clear(sums);
            Array.Clear(sizes);
            for (var i = 0; i < n; i++)
            {
                sizes[labels[i]]++;
                var row = x.Row(i);
                for (var j = 0; j < d; j++) sums[labels[i] * d + j] += row[j];
            }
            for (var c = 0; c < k; c++)
                if (sizes[c] > 0)
                    for (var j = 0; j < d; j++) centres[c * d + j] = sums[c * d + j] / sizes[c];
        }
        return labels;
    }
}
