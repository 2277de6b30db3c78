using System.Globalization;
using SegmentationKit.Errors;
using SegmentationKit.Features;

namespace SegmentationKit.Clustering;

/// <summary>Chooses the number of Gaussian-mixture components by BIC: fits every k in a range with
/// the same options and seed, and recommends the k with the lowest BIC (the usual rule; AIC is
/// reported too but tends to favour more components). The reasoning is part of the result.</summary>
public static class MixtureSizeChoice
{
    /// <param name="options">Covariance, restarts, seed…; Components is replaced by each k.</param>
    public static MixtureSizeSweep Sweep(FeatureMatrix x, int kMin, int kMax, GaussianMixtureOptions? options = null)
    {
        options ??= new GaussianMixtureOptions();
        if (kMin < 1 || kMax < kMin)
            throw new ConfigurationException(null, "k range", $"needs 1 ≤ k-min ≤ k-max; got {kMin}–{kMax}", "give a smallest k of 1 or more and a largest k at least as large");
        var candidates = new List<MixtureSizeCandidate>();
        for (var k = kMin; k <= kMax; k++)
        {
            var m = new GaussianMixture(options with { Components = k }).Fit(x);
            candidates.Add(new MixtureSizeCandidate(k, m.MeanLogLikelihood, m.Bic, m.Aic, m.ParameterCount, m.Converged));
        }
        var best = candidates.MinBy(c => c.Bic)!;
        var runnerUp = candidates.Where(c => c != best).MinBy(c => c.Bic);
        var reasoning = string.Create(CultureInfo.InvariantCulture,
            $"k = {best.Components} has the lowest BIC ({best.Bic:0.0}; BIC = −2 log-likelihood + parameters × ln n, lower is better)");
        if (runnerUp is not null)
            reasoning += string.Create(CultureInfo.InvariantCulture,
                $", {runnerUp.Bic - best.Bic:0.0} below the next best, k = {runnerUp.Components}");
        if (best.Components == kMax && kMax > kMin)
            reasoning += "; it is the largest k tried, so a larger k may fit better still: widen the range";
        var aicBest = candidates.MinBy(c => c.Aic)!;
        if (aicBest.Components != best.Components)
            reasoning += string.Create(CultureInfo.InvariantCulture, $". AIC, which penalises parameters less, would pick k = {aicBest.Components}");
        return new MixtureSizeSweep(candidates, best.Components, reasoning + ".");
    }
}
