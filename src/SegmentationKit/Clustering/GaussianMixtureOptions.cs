using SegmentationKit.Errors;

namespace SegmentationKit.Clustering;

/// <summary>Options of a Gaussian mixture fitted by expectation–maximisation. Defaults follow
/// scikit-learn's <c>GaussianMixture</c>.</summary>
public sealed record GaussianMixtureOptions
{
    private readonly int _components = 2;
    private readonly double _regCovar = 1e-6;
    private readonly int _maxIterations = 100;
    private readonly double _tolerance = 1e-3;
    private readonly int _restarts = 1;
    private readonly int? _maxDegreeOfParallelism;

    /// <summary>Number of mixture components (segments), at least 1.</summary>
    public int Components
    {
        get => _components;
        init => _components = value >= 1 ? value : throw new ConfigurationException(null, "components", $"must be at least 1; got {value}", "give a whole number of 1 or more");
    }

    public CovarianceType Covariance { get; init; } = CovarianceType.Full;

    /// <summary>Added to the diagonal of every covariance so it stays invertible (scikit-learn's reg_covar), ≥ 0.</summary>
    public double RegCovar
    {
        get => _regCovar;
        init => _regCovar = value >= 0 && double.IsFinite(value) ? value : throw new ConfigurationException(null, "reg_covar", $"must be a finite number ≥ 0; got {value}", "give 0 or a positive number");
    }

    /// <summary>EM iterations per restart, at least 1.</summary>
    public int MaxIterations
    {
        get => _maxIterations;
        init => _maxIterations = value >= 1 ? value : throw new ConfigurationException(null, "max_iterations", $"must be at least 1; got {value}", "give a whole number of 1 or more");
    }

    /// <summary>Convergence: EM stops when the mean log-likelihood per row changes by less than this (nats).</summary>
    public double Tolerance
    {
        get => _tolerance;
        init => _tolerance = value > 0 ? value : throw new ConfigurationException(null, "tolerance", $"must be > 0; got {value}", "give a small positive number such as 1e-3");
    }

    /// <summary>Independent fits from different seeds; the one with the highest log-likelihood is kept.</summary>
    public int Restarts
    {
        get => _restarts;
        init => _restarts = value >= 1 ? value : throw new ConfigurationException(null, "restarts", $"must be at least 1; got {value}", "give a whole number of 1 or more");
    }

    public GaussianMixtureInit Init { get; init; } = GaussianMixtureInit.KMeans;

    /// <summary>Seed of every random choice; the same seed gives the same fit whatever the thread count.</summary>
    public int Seed { get; init; }

    /// <summary>Threads EM may use; null for every core. The result does not depend on it.</summary>
    public int? MaxDegreeOfParallelism
    {
        get => _maxDegreeOfParallelism;
        init => _maxDegreeOfParallelism = value is null or >= 1 ? value
            : throw new ConfigurationException(null, "max_degree_of_parallelism", $"must be at least 1; got {value}", "give a whole number of 1 or more");
    }

    internal ParallelOptions Parallelism => new() { MaxDegreeOfParallelism = MaxDegreeOfParallelism ?? -1 };
}
