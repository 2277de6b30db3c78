using SegmentationKit.Errors;

namespace SegmentationKit.Clustering;

/// <summary>Options of <see cref="MiniBatchKMeans"/>, validated as they are set.</summary>
public sealed record MiniBatchKMeansOptions
{
    private readonly int _clusters = 8;
    private readonly int _batchSize = 1024;
    private readonly int _maxEpochs = 100;
    private readonly int _maxNoImprovement = 10;

    /// <summary>Number of clusters k, at least 1.</summary>
    public int Clusters
    {
        get => _clusters;
        init => _clusters = value >= 1 ? value : throw new ConfigurationException(null, "clusters", $"must be at least 1; got {value}", "give a whole number of 1 or more");
    }

    /// <summary>Rows per mini-batch (default 1024, as scikit-learn).</summary>
    public int BatchSize
    {
        get => _batchSize;
        init => _batchSize = value >= 1 ? value : throw new ConfigurationException(null, "batch_size", $"must be at least 1; got {value}", "give a whole number of 1 or more");
    }

    /// <summary>Most passes over the data, counted in batches of <see cref="BatchSize"/> rows (default 100).</summary>
    public int MaxEpochs
    {
        get => _maxEpochs;
        init => _maxEpochs = value >= 1 ? value : throw new ConfigurationException(null, "max_iterations", $"must be at least 1; got {value}", "give a whole number of 1 or more");
    }

    /// <summary>Stop after this many batches without a new low of the smoothed batch inertia (default 10).</summary>
    public int MaxNoImprovement
    {
        get => _maxNoImprovement;
        init => _maxNoImprovement = value >= 1 ? value : throw new ConfigurationException(null, "max_no_improvement", $"must be at least 1; got {value}", "give a whole number of 1 or more");
    }

    /// <summary>A centre that has received fewer than this share of the busiest centre's rows is moved
    /// to a row of the current batch (default 0.01, as scikit-learn).</summary>
    public double ReassignmentRatio { get; init; } = 0.01;

    public int Seed { get; init; }

    /// <summary>Threads for the final full assignment (-1: all cores). Does not change the result.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}
