namespace SegmentationKit.Cli.NumericClustering;

/// <summary>What an algorithm returns to <c>segkit cluster</c>; null where a figure does not apply.</summary>
/// <param name="Labels">Cluster 0…k−1 of every row.</param>
/// <param name="Centers">Cluster centres (k-means, Ward: means; Gaussian mixture: component means;
/// k-prototypes: numeric prototypes), k × columns row-major, in the space the algorithm worked in (scaled).</param>
/// <param name="CategoricalCenters">k-prototypes' modes, k × categorical columns row-major, as level text.</param>
/// <param name="Inertia">The algorithm's own within-cluster sum of squares (k-means: against its final
/// centres, as scikit-learn reports it); null to use the sum of squares around the cluster means.</param>
/// <param name="Iterations">Iterations of the run kept; null when the method does not iterate (Ward).</param>
/// <param name="Converged">Whether that run converged; null when the method does not iterate.</param>
/// <param name="Bic">Bayesian information criterion (Gaussian mixture), else null.</param>
/// <param name="Notes">Plain-language diagnostics of the fit.</param>
public sealed record ClusterFit(
    int[] Labels,
    double[] Centers,
    string[]? CategoricalCenters,
    double? Inertia,
    int? Iterations,
    bool? Converged,
    double? Bic,
    IReadOnlyList<string> Notes);
