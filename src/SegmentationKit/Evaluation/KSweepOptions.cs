using SegmentationKit.Errors;

namespace SegmentationKit.Evaluation;

/// <summary>Options of <see cref="KSweep"/>.</summary>
public sealed record KSweepOptions
{
    /// <summary>Smallest k tried, at least 2 (the quality metrics need two clusters).</summary>
    public int KMin { get; init; } = 2;

    /// <summary>Largest k tried.</summary>
    public int KMax { get; init; } = 10;

    /// <summary>k-means starts per k; the lowest inertia is kept.</summary>
    public int Restarts { get; init; } = 5;

    public int Seed { get; init; }

    /// <summary>Rows above which the silhouette is estimated on a sample of this size (see <see cref="SampledSilhouette"/>).</summary>
    public int SilhouetteSampleSize { get; init; } = SampledSilhouette.DefaultSampleSize;

    /// <summary>Bootstrap fits per k for the stability; 0 skips it.</summary>
    public int StabilityResamples { get; init; } = 6;

    /// <summary>Stability below which a k is not recommended when a steadier one exists.</summary>
    public double MinimumStability { get; init; } = 0.8;

    internal KSweepOptions Validated(int rows)
    {
        if (KMin < 2) throw new ConfigurationException(null, "k_min", $"must be at least 2 (the quality metrics compare clusters); got {KMin}", "start the sweep at 2 or more");
        if (KMax < KMin) throw new ConfigurationException(null, "k_max", $"must be at least k_min ({KMin}); got {KMax}", "give a largest k at least as large as the smallest");
        if (KMax > rows - 1) throw new ConfigurationException(null, "k_max", $"must be below the number of rows ({rows}); got {KMax}", $"give a largest k of at most {rows - 1}, or more rows");
        if (Restarts < 1) throw new ConfigurationException(null, "restarts", $"must be at least 1; got {Restarts}", "give a whole number of 1 or more");
        if (StabilityResamples is 1 or < 0) throw new ConfigurationException(null, "stability_resamples", $"must be 0 (skip) or at least 2; got {StabilityResamples}", "give 0 to skip the stability, or 2 or more");
        return this;
    }
}
