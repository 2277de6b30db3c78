using System.Text.Json;
using SegmentationKit.Errors;
using SegmentationKit.Features;

namespace SegmentationKit.Clustering;

/// <summary>A fitted k-means: centres and the training labels. Immutable; assigns new rows to the
/// nearest centre (ties to the lower cluster), exactly as the training rows were assigned.</summary>
public sealed class KMeansModel
{
    private readonly double[] _centres;
    private readonly int[] _labels;

    internal KMeansModel(IReadOnlyList<string> columnNames, int clusters, double[] centres, int[] labels, KMeansDiagnostics diagnostics)
    {
        ColumnNames = columnNames;
        Clusters = clusters;
        _centres = centres;
        _labels = labels;
        Diagnostics = diagnostics;
    }

    /// <summary>Feature columns the model was fitted on, in order.</summary>
    public IReadOnlyList<string> ColumnNames { get; }

    /// <summary>Number of clusters k.</summary>
    public int Clusters { get; }

    /// <summary>Centres, row-major k × columns, in data units.</summary>
    public ReadOnlySpan<double> Centres => _centres;

    /// <summary>Cluster (0..k-1) of each training row; empty for a model read back with
    /// <see cref="FromJson"/> (the file holds the model, not the fit's rows).</summary>
    public IReadOnlyList<int> Labels => _labels;

    /// <summary>Sum of squared distances of training rows to their centre.</summary>
    public double Inertia => Diagnostics.Inertia;

    public KMeansDiagnostics Diagnostics { get; }

    /// <summary>Centre of cluster <paramref name="cluster"/>.</summary>
    public ReadOnlySpan<double> Centre(int cluster) => _centres.AsSpan(cluster * ColumnNames.Count, ColumnNames.Count);

    /// <summary>The model as JSON (columns, centres, diagnostics without the timings, which differ
    /// from run to run); <see cref="FromJson"/> reads it back. The training labels are left out so
    /// the file stays the size of the model whatever the base (a million rows made it 11 MB); files
    /// written with them still read.</summary>
    public string ToJson() => JsonSerializer.Serialize(new Dto(ColumnNames.ToArray(), Clusters, _centres, null, Diagnostics.Iterations,
        Diagnostics.Converged, Diagnostics.Inertia, Diagnostics.EmptyClustersReseeded, Diagnostics.Warnings.ToArray()), SegmentationJson.Options);

    public static KMeansModel FromJson(string json)
    {
        var d = JsonSerializer.Deserialize<Dto>(json, SegmentationJson.Options) ?? throw new ModelException("empty k-means model JSON", "save the model again with the kit (ToJson)");
        if (d.Clusters < 1 || d.Centres.Length != d.Clusters * d.ColumnNames.Length)
            throw new ModelException($"the k-means model JSON has {d.Centres.Length} centre values for {d.Clusters} clusters of {d.ColumnNames.Length} columns", "save the model again with the kit (ToJson)");
        return new KMeansModel(d.ColumnNames, d.Clusters, d.Centres, d.Labels ?? [],
            new KMeansDiagnostics(d.Iterations, d.Converged, d.Inertia, d.EmptyClustersReseeded, 0, 0, d.Warnings));
    }

    private sealed record Dto(string[] ColumnNames, int Clusters, double[] Centres,
        [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] int[]? Labels, int Iterations, bool Converged,
        double Inertia, int EmptyClustersReseeded, string[] Warnings);

    /// <summary>Nearest-centre cluster of every row of <paramref name="x"/> (same columns as the fit).</summary>
    public int[] Predict(FeatureMatrix x)
    {
        if (x.Columns != ColumnNames.Count)
            throw new ModelException($"the k-means model was fitted on {ColumnNames.Count} columns ({string.Join(", ", ColumnNames)}); the data has {x.Columns}");
        MatrixChecks.RequireFinite(x);
        var labels = new int[x.Rows];
        var distances = new double[x.Rows];
        LloydSteps.Assign(x, _centres, Clusters, labels, distances, 0, x.Rows);
        return labels;
    }
}
