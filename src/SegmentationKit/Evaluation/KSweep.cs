using SegmentationKit.Clustering;
using SegmentationKit.Features;

namespace SegmentationKit.Evaluation;

/// <summary>Choosing k for k-means: fits every k of a range (same seed, best of the restarts) and
/// reports inertia and its drop, silhouette, Davies–Bouldin, Calinski–Harabasz, BIC and bootstrap
/// stability, then recommends a k by the open rule of <see cref="KRecommender"/>.</summary>
public static class KSweep
{
    public static KSweepResult Run(FeatureMatrix x, KSweepOptions? options = null)
    {
        MatrixChecks.RequireFinite(x);
        var o = (options ?? new KSweepOptions()).Validated(x.Rows);
        var rows = new List<KSweepRow>();
        var previousInertia = double.NaN;
        for (var k = o.KMin; k <= o.KMax; k++)
        {
            var model = new KMeans(new KMeansOptions { Clusters = k, Restarts = o.Restarts, Seed = o.Seed }).Fit(x);
            var labels = model.Labels;
            var sizes = new int[k];
            foreach (var l in labels) sizes[l]++;
            var stability = o.StabilityResamples == 0 ? double.NaN
                : ClusterStability.Bootstrap(x, k, (sample, seed, all) =>
                    new KMeans(new KMeansOptions { Clusters = k, Restarts = 1, Seed = seed }).Fit(sample).Predict(all), o.StabilityResamples, o.Seed + k);
            rows.Add(new KSweepRow(k, model.Inertia, double.IsNaN(previousInertia) ? double.NaN : 1 - model.Inertia / previousInertia,
                SampledSilhouette.Mean(x, labels, o.SilhouetteSampleSize, o.Seed),
                ClusterQuality.DaviesBouldin(x, labels), ClusterQuality.CalinskiHarabasz(x, labels),
                KMeansBic.Of(model.Inertia, sizes, x.Columns), stability, sizes.Min(), model.Diagnostics.Iterations, model.Diagnostics.Converged));
            previousInertia = model.Inertia;
        }
        return new KSweepResult(x.Rows, x.Columns, o, rows, KRecommender.Recommend(rows, o.MinimumStability, x.Rows));
    }
}
