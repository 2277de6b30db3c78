using SegmentationKit.Errors;

namespace SegmentationKit.Clustering;

/// <summary>Options of k-means (greedy k-means++ seeding, Lloyd iterations), validated as they are set.</summary>
public sealed record KMeansOptions
{
    private readonly int _clusters = 8;
    private readonly int _restarts = 10;
    private readonly int _maxIterations = 300;
    private readonly double _tolerance = 1e-4;
    private readonly int _maxDegreeOfParallelism = -1;

    /// <summary>Number of clusters k, at least 1 (default 8).</summary>
    public int Clusters
    {
        get => _clusters;
        init => _clusters = value >= 1 ? value : throw new ConfigurationException(null, "clusters", $"must be at least 1; got {value}", "give a whole number of 1 or more");
    }

    /// <summary>Independent seedings; the fit with the lowest inertia is kept (default 10).</summary>
    public int Restarts
    {
        get => _restarts;
        init => _restarts = value >= 1 ? value : throw new ConfigurationException(null, "restarts", $"must be at least 1; got {value}", "give a whole number of 1 or more");
    }

    /// <summary>Most Lloyd iterations per restart (default 300).</summary>
    public int MaxIterations
    {
        get => _maxIterations;
        init => _maxIterations = value >= 1 ? value : throw new ConfigurationException(null, "max_iterations", $"must be at least 1; got {value}", "give a whole number of 1 or more");
    }

    /// <summary>Convergence tolerance relative to the mean per-column variance, on the summed squared
    /// centre shift (scikit-learn's rule; default 1e-4). Zero stops only when no row changes cluster.</summary>
    public double Tolerance
    {
        get => _tolerance;
        init => _tolerance = value >= 0 && double.IsFinite(value) ? value : throw new ConfigurationException(null, "tolerance", $"must be a finite number ≥ 0; got {value}", "give 0 or a positive number");
    }

    /// <summary>How each row's nearest centre is found: Lloyd (default) or Hamerly; same result.</summary>
    public KMeansAlgorithm Algorithm { get; init; } = KMeansAlgorithm.Lloyd;

    /// <summary>Seed of the random seeding; the same seed gives bit-identical results at any thread count.</summary>
    public int Seed { get; init; }

    /// <summary>Threads used (-1: all cores). Does not change the result.</summary>
    public int MaxDegreeOfParallelism
    {
        get => _maxDegreeOfParallelism;
        init => _maxDegreeOfParallelism = value == -1 || value >= 1 ? value : throw new ConfigurationException(null, "max_degree_of_parallelism", $"must be -1 (all cores) or at least 1; got {value}", "give -1 for every core, or 1 or more");
    }
}
