using SegmentationKit.Features;

namespace SegmentationKit.Clustering;

/// <summary>Gaussian mixture fitted by expectation–maximisation, with scikit-learn's definitions:
/// reg_covar added to every covariance diagonal, convergence when the mean log-likelihood per row
/// changes by less than the tolerance, log-sum-exp responsibilities. Parallel over fixed row blocks
/// and deterministic for a seed whatever the thread count.</summary>
public sealed class GaussianMixture(GaussianMixtureOptions options)
{
    public GaussianMixtureOptions Options { get; } = options;

    /// <summary>Fits the mixture on every row of <paramref name="x"/> (finite values, at least
    /// <see cref="GaussianMixtureOptions.Components"/> distinct rows).</summary>
    /// <param name="initialLabels">Optional starting partition (0 … k−1 per row), e.g. k-means
    /// labels; replaces the start chosen by Init and makes restarts identical (only one is run).</param>
    public GaussianMixtureModel Fit(FeatureMatrix x, IReadOnlyList<int>? initialLabels = null)
    {
        MatrixChecks.RequireFinite(x);
        var k = Options.Components;
        MatrixChecks.RequireClusterable(x, k, "a Gaussian mixture");
        if (initialLabels is not null && (initialLabels.Count != x.Rows || initialLabels.Any(l => l < 0 || l >= k)))
            throw new Errors.ModelException($"initial labels must give one label 0–{k - 1} per row ({x.Rows} rows)");

        var random = new Random(Options.Seed);
        GaussianMixtureModel? best = null;
        var restarts = initialLabels is null ? Options.Restarts : 1;
        for (var r = 0; r < restarts; r++)
        {
            var labels = initialLabels?.ToArray()
                         ?? (Options.Init == GaussianMixtureInit.KMeans
                             ? LloydStart.Labels(x, k, random)
                             : PlusPlusSeeding.NearestLabels(x, PlusPlusSeeding.Choose(x, k, random)));
            var fit = new ExpectationMaximisation(x, Options).Run(labels);
            // Keep the restart with the highest likelihood; ties keep the earlier one.
            if (best is null || fit.MeanLogLikelihood > best.MeanLogLikelihood) best = fit;
        }
        return best!;
    }
}
