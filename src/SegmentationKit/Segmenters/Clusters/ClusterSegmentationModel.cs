using System.Globalization;
using System.Text.Json;
using SegmentationKit.Clustering;
using SegmentationKit.Errors;
using SegmentationKit.Features;

namespace SegmentationKit.Segmenters.Clusters;

/// <summary>A fitted behavioural segmentation: the preprocessing pipeline, the fitted clustering and
/// the named segment catalog. Assigns new customers exactly as the training customers (same
/// pipeline, same model). Gaussian-mixture results carry each customer's
/// <c>membership_probability</c> (0–1). Serialisable with <see cref="ToJson"/>.</summary>
public sealed class ClusterSegmentationModel : ISegmentationModel
{
    private readonly IClusterAssigner _assigner;

    internal ClusterSegmentationModel(string method, PreprocessingPipeline? pipeline, IReadOnlyList<string> categoricalColumns,
        IClusterAssigner assigner, IReadOnlyList<SegmentDefinition> segments, IReadOnlyDictionary<string, string> parameters,
        IReadOnlyList<string> diagnostics)
    {
        Method = method;
        Pipeline = pipeline;
        CategoricalColumns = categoricalColumns.ToArray();
        _assigner = assigner;
        Segments = segments.ToArray();
        Parameters = new SortedDictionary<string, string>(parameters.ToDictionary(), StringComparer.Ordinal);
        Diagnostics = diagnostics.ToArray();
    }

    /// <summary>"gmm", "ward" or "kprototypes".</summary>
    public string Method { get; }
    public PreprocessingPipeline? Pipeline { get; }
    /// <summary>Columns k-prototypes kept as categories (empty for the other methods).</summary>
    public IReadOnlyList<string> CategoricalColumns { get; }
    public IReadOnlyList<SegmentDefinition> Segments { get; }
    /// <summary>Options and fit results (BIC, inertia, cost…), as invariant text.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; }
    /// <summary>What preprocessing and the fit noticed (zero-variance columns, imputed values…).</summary>
    public IReadOnlyList<string> Diagnostics { get; }

    /// <summary>The fitted k-means, when the method is kmeans.</summary>
    public KMeansModel? KMeans => (_assigner as KMeansAssigner)?.Model;
    /// <summary>The fitted mixture, when the method is gmm.</summary>
    public GaussianMixtureModel? Mixture => (_assigner as MixtureAssigner)?.Model;
    /// <summary>The fitted Ward tree and cut, when the method is ward.</summary>
    public WardModel? Ward => (_assigner as WardAssigner)?.Model;
    public KPrototypesModel? Prototypes => (_assigner as PrototypeAssigner)?.Model;

    public Segmentation Assign(SegmentationData data)
    {
        var table = data.Customers;
        var numeric = ClusterSegmenter.Numeric(Pipeline, table);
        var cats = CategoricalColumns.Count == 0 ? null : CategoricalMatrix.FromTable(table, CategoricalColumns);
        var labels = _assigner.Assign(numeric, cats, out var probability);
        var measures = probability is null ? null : new Dictionary<string, double[]> { ["membership_probability"] = probability };
        return new Segmentation(Method, Parameters, data.AsOf, Segments, table.CustomerIds,
            labels.Select(l => Segments[l].Id).ToArray(), measures);
    }

    public string ToJson() => JsonSerializer.Serialize(new Dto(Method,
        Pipeline is null ? null : JsonSerializer.Deserialize<JsonElement>(Pipeline.ToJson()),
        CategoricalColumns.ToArray(), _assigner.ToJsonElement(), Segments.ToArray(),
        new SortedDictionary<string, string>(Parameters.ToDictionary(), StringComparer.Ordinal), Diagnostics.ToArray()), SegmentationJson.Options);

    public static ClusterSegmentationModel FromJson(string json)
    {
        var d = JsonSerializer.Deserialize<Dto>(json, SegmentationJson.Options) ?? throw new ModelException("empty cluster segmentation JSON", "save the model again with the kit (ToJson)");
        var pipeline = d.Pipeline is { } p ? PreprocessingPipeline.FromJson(p.GetRawText()) : null;
        IClusterAssigner assigner = d.Method switch
        {
            "kmeans" => new KMeansAssigner(KMeansModel.FromJson(d.Model.GetRawText())),
            "gmm" => new MixtureAssigner(GaussianMixtureModel.FromJson(d.Model.GetRawText())),
            "ward" => new WardAssigner(WardModel.FromJson(d.Model.GetRawText())),
            "kprototypes" => new PrototypeAssigner(KPrototypesModel.FromJson(d.Model.GetRawText())),
            _ => throw new ModelException(string.Create(CultureInfo.InvariantCulture, $"unknown clustering method '{d.Method}' in the model file"), "use kmeans, gmm, ward or kprototypes, or save the model again with the kit"),
        };
        return new ClusterSegmentationModel(d.Method, pipeline, d.CategoricalColumns, assigner, d.Segments, d.Parameters, d.Diagnostics);
    }

    private sealed record Dto(string Method, JsonElement? Pipeline, string[] CategoricalColumns, JsonElement Model,
        SegmentDefinition[] Segments, SortedDictionary<string, string> Parameters, string[] Diagnostics);
}
