using SegmentationKit.Features;

namespace SegmentationKit.Cli.NumericClustering;

/// <summary>What <c>segkit cluster</c> asks of an algorithm: the (scaled) numeric matrix, the
/// categorical columns when k-prototypes uses some, and the options the user gave. Null options
/// mean "the algorithm's own default".</summary>
/// <param name="Numeric">Numeric features, already scaled as --scale asks.</param>
/// <param name="Categorical">Columns named by --categorical (k-prototypes only), else null.</param>
/// <param name="Clusters">k, at least 1.</param>
/// <param name="Restarts">--restarts, or null for the algorithm's default.</param>
/// <param name="MaxIterations">--max-iter, or null for the algorithm's default.</param>
/// <param name="Tolerance">--tol, or null for the algorithm's default.</param>
/// <param name="Seed">--seed.</param>
public sealed record ClusterRequest(
    FeatureMatrix Numeric,
    CategoricalMatrix? Categorical,
    int Clusters,
    int? Restarts,
    int? MaxIterations,
    double? Tolerance,
    int Seed);
