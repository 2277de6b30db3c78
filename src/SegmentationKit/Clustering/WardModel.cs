using System.Text.Json;
using SegmentationKit.Errors;
using SegmentationKit.Features;

namespace SegmentationKit.Clustering;

/// <summary>A fitted Ward clustering cut into <see cref="Clusters"/> clusters: the merge tree (for a
/// dendrogram), the training labels and the cluster centroids. New rows are assigned to the nearest
/// centroid (Ward itself has no rule for unseen rows; the centroid is what each cluster stands for).
/// Immutable and JSON-serialisable.</summary>
/// <param name="Centroids">Cluster means, k × d row-major.</param>
/// <param name="Inertia">Within-cluster sum of squares of the training rows at this cut.</param>
public sealed record WardModel(
    IReadOnlyList<string> ColumnNames,
    int Clusters,
    WardTree Tree,
    int[] Labels,
    double[] Centroids,
    double Inertia,
    IReadOnlyList<string> Diagnostics)
{
    /// <summary>Label of the nearest centroid (squared Euclidean; ties to the lower label).</summary>
    public int[] Predict(FeatureMatrix x)
    {
        var d = ColumnNames.Count;
        if (x.Columns != d)
            throw new ModelException($"the Ward model was fitted on {d} columns ({string.Join(", ", ColumnNames)}) but the data has {x.Columns}");
        MatrixChecks.RequireFinite(x);
        var labels = new int[x.Rows];
        for (var i = 0; i < x.Rows; i++)
        {
            var best = double.PositiveInfinity;
            for (var c = 0; c < Clusters; c++)
            {
                var dist = PlusPlusSeeding.SquaredDistance(x.Row(i), Centroids.AsSpan(c * d, d));
                if (dist < best) { best = dist; labels[i] = c; }
            }
        }
        return labels;
    }

    public string ToJson() => JsonSerializer.Serialize(this, SegmentationJson.Options);

    public static WardModel FromJson(string json) =>
        JsonSerializer.Deserialize<WardModel>(json, SegmentationJson.Options) ?? throw new JsonException("empty Ward model JSON");
}
