using SegmentationKit.Features;

namespace SegmentationKit.Evaluation;

/// <summary>Bootstrap stability of a clustering: B fits, each on a bootstrap resample of the rows
/// (n rows drawn with replacement, seeded), each then labelling every row; the stability is the mean
/// adjusted Rand index over the B (B − 1) / 2 pairs of labellings. 1 means every resample finds the
/// same partition; a k that splits a real group arbitrarily scores lower (Ben-Hur, Elisseeff &amp;
/// Guyon 2002; von Luxburg 2010).</summary>
public static class ClusterStability
{
    /// <param name="fitAndLabel">Fits on the resample and returns the labels of every row of <paramref name="x"/>.</param>
    /// <param name="resamples">Number of bootstrap fits B, at least 2.</param>
    public static double Bootstrap(FeatureMatrix x, int k, Func<FeatureMatrix, int, FeatureMatrix, int[]> fitAndLabel, int resamples = 10, int seed = 0)
    {
        if (resamples < 2) throw new ArgumentOutOfRangeException(nameof(resamples), resamples, "stability compares at least 2 resamples");
        var random = new Random(seed);
        int n = x.Rows, d = x.Columns;
        var labellings = new int[resamples][];
        for (var b = 0; b < resamples; b++)
        {
            var values = new double[n * d];
            for (var i = 0; i < n; i++) x.Row(random.Next(n)).CopyTo(values.AsSpan(i * d, d));
            var resample = new FeatureMatrix(values, n, d, x.ColumnNames);
            labellings[b] = fitAndLabel(resample, random.Next(), x);
        }
        var total = 0.0;
        var pairs = 0;
        for (var a = 0; a < resamples; a++)
            for (var b = a + 1; b < resamples; b++)
            {
                total += PartitionAgreement.AdjustedRandIndex(PartitionAgreement.Contingency(labellings[a], k, labellings[b], k));
                pairs++;
            }
        return total / pairs;
    }
}
