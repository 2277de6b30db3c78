namespace SegmentationKit.Evaluation;

/// <summary>The Bayesian information criterion of a k-means partition, read as a mixture of k
/// spherical Gaussians with one shared variance (X-means, Pelleg &amp; Moore 2000, with the
/// log-likelihood as corrected in later implementations):
/// σ² = inertia / (d (n − k)) per dimension,
/// log L = Σⱼ [nⱼ ln(nⱼ / n) − nⱼ d / 2 · ln(2π σ²) − d (nⱼ − 1) / 2],
/// p = (k − 1) + k d + 1 free parameters, and BIC = −2 log L + p ln n, so that, as for the Gaussian
/// mixture's BIC, lower is better.</summary>
public static class KMeansBic
{
    /// <param name="inertia">Sum of squared distances of rows to their centre.</param>
    /// <param name="clusterSizes">Rows in each cluster (empty clusters are skipped).</param>
    /// <param name="columns">Number of columns d.</param>
    /// <returns>The BIC, or NaN when it is undefined (n ≤ k, or zero inertia).</returns>
    public static double Of(double inertia, IReadOnlyList<int> clusterSizes, int columns)
    {
        var n = clusterSizes.Sum();
        var k = clusterSizes.Count(s => s > 0);
        if (n <= k || columns < 1 || !(inertia > 0)) return double.NaN;
        var variance = inertia / ((double)columns * (n - k));
        var logLikelihood = 0.0;
        foreach (var size in clusterSizes)
        {
            if (size == 0) continue;
            logLikelihood += size * Math.Log((double)size / n)
                             - size * columns / 2.0 * Math.Log(2 * Math.PI * variance)
                             - columns * (size - 1) / 2.0;
        }
        var parameters = (k - 1) + k * columns + 1;
        return -2 * logLikelihood + parameters * Math.Log(n);
    }
}
