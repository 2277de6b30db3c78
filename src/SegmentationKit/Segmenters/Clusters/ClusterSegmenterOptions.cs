using SegmentationKit.Clustering;
using SegmentationKit.Data;
using SegmentationKit.Errors;
using SegmentationKit.Features;

namespace SegmentationKit.Segmenters.Clusters;

/// <summary>Options of <see cref="ClusterSegmenter"/>: which algorithm, how many segments, which
/// columns and how they are preprocessed.</summary>
public sealed record ClusterSegmenterOptions
{
    /// <summary>Behaviour columns used when <see cref="PreprocessingOptions.Columns"/> is not given
    /// (those present in the table): how customers use the product.</summary>
    public static readonly IReadOnlyList<string> DefaultColumns =
        [CustomerColumns.WeeklyActiveUsers, CustomerColumns.LoginsPerWeek, CustomerColumns.FeatureAdoption, CustomerColumns.SupportTickets];

    private readonly int _clusters = 4;
    private readonly int _restarts = 5;

    public ClusterAlgorithm Algorithm { get; init; } = ClusterAlgorithm.GaussianMixture;

    /// <summary>Number of segments, at least 1.</summary>
    public int Clusters
    {
        get => _clusters;
        init => _clusters = value >= 1 ? value : throw new ConfigurationException(null, "clusters", $"must be at least 1; got {value}", "give a whole number of 1 or more");
    }

    /// <summary>Columns, log1p, scaling (standard by default), missing values and PCA. For
    /// k-prototypes the categorical columns are kept as categories, the others go through this pipeline.</summary>
    public PreprocessingOptions Preprocessing { get; init; } = new();

    /// <summary>Covariance of the Gaussian mixture.</summary>
    public CovarianceType Covariance { get; init; } = CovarianceType.Full;

    /// <summary>Random starts (Gaussian mixture, k-prototypes); the best fit is kept.</summary>
    public int Restarts
    {
        get => _restarts;
        init => _restarts = value >= 1 ? value : throw new ConfigurationException(null, "restarts", $"must be at least 1; got {value}", "give a whole number of 1 or more");
    }

    /// <summary>k-prototypes' γ; null for half the mean numeric standard deviation.</summary>
    public double? Gamma { get; init; }

    public int Seed { get; init; } = 42;
}
