using SegmentationKit.Errors;

namespace SegmentationKit.Clustering;

/// <summary>Options of k-prototypes clustering (Huang 1998) for mixed numeric and categorical data.</summary>
public sealed record KPrototypesOptions
{
    private readonly int _clusters = 2;
    private readonly double? _gamma;
    private readonly int _maxIterations = 100;
    private readonly int _restarts = 10;

    /// <summary>Number of clusters, at least 1.</summary>
    public int Clusters
    {
        get => _clusters;
        init => _clusters = value >= 1 ? value : throw new ConfigurationException(null, "clusters", $"must be at least 1; got {value}", "give a whole number of 1 or more");
    }

    /// <summary>Weight γ of one categorical mismatch against squared numeric distance. Null (the
    /// default) uses half the mean population standard deviation of the numeric columns: Huang (1998)
    /// suggests γ between ⅓ and ⅔ of that average, and ½ is the middle (the Python kmodes package's choice).</summary>
    public double? Gamma
    {
        get => _gamma;
        init => _gamma = value is null || (value >= 0 && double.IsFinite(value.Value)) ? value
            : throw new ConfigurationException(null, "gamma", $"must be a finite number ≥ 0; got {value}", "give 0 or a positive number");
    }

    public int MaxIterations
    {
        get => _maxIterations;
        init => _maxIterations = value >= 1 ? value : throw new ConfigurationException(null, "max_iterations", $"must be at least 1; got {value}", "give a whole number of 1 or more");
    }

    /// <summary>Fits from different random starts; the one with the lowest cost is kept.</summary>
    public int Restarts
    {
        get => _restarts;
        init => _restarts = value >= 1 ? value : throw new ConfigurationException(null, "restarts", $"must be at least 1; got {value}", "give a whole number of 1 or more");
    }

    public int Seed { get; init; }
}
