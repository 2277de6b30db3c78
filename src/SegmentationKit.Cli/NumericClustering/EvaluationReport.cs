using System.Text.Json.Serialization;

namespace SegmentationKit.Cli.NumericClustering;

/// <summary>What <c>segkit evaluate</c> prints (snake_case JSON). Quality metrics are computed on the
/// data after <c>--exclude</c> and <c>--scale</c>; agreement with the truth only when one is given.</summary>
/// <param name="ClusterSizes">Rows per label, labels in order (numeric order when every label is a whole number).</param>
/// <param name="Ari">Adjusted Rand index of labels against truth (Hubert–Arabie), with --truth only.</param>
/// <param name="Nmi">Normalised mutual information, arithmetic mean of the entropies, with --truth only.</param>
public sealed record EvaluationReport(
    string Data,
    string Labels,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Truth,
    int Rows,
    IReadOnlyList<string> Columns,
    string Scale,
    int Clusters,
    IReadOnlyDictionary<string, int> ClusterSizes,
    double Inertia,
    double? Silhouette,
    int SilhouetteRows,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? SilhouetteNote,
    double? DaviesBouldin,
    double? CalinskiHarabasz,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Ari,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Nmi,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ContingencyTable? Contingency);
