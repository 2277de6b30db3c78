using System.Text.Json.Serialization;

namespace SegmentationKit.Cli.NumericClustering;

/// <summary>The <c>metrics.json</c> <c>segkit cluster</c> writes (snake_case). Distances, inertia and
/// the quality metrics are in the space the algorithm worked in, i.e. after <c>--scale</c>; null where
/// a figure does not apply to the algorithm.</summary>
/// <param name="Seconds">Wall-clock seconds of the fit alone (not reading or metrics).</param>
/// <param name="ClusterSizes">Rows per cluster, cluster 0 first.</param>
public sealed record ClusterMetricsFile(
    string Algorithm,
    int K,
    int Rows,
    IReadOnlyList<string> Columns,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? CategoricalColumns,
    string Scale,
    int Seed,
    double Inertia,
    int? Iterations,
    bool? Converged,
    double? Silhouette,
    int SilhouetteRows,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? SilhouetteNote,
    double? DaviesBouldin,
    double? CalinskiHarabasz,
    double? Bic,
    double Seconds,
    double ReadSeconds,
    double MetricsSeconds,
    IReadOnlyList<int> ClusterSizes,
    IReadOnlyList<string> Notes);
