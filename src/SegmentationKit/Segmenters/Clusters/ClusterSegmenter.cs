using System.Globalization;
using SegmentationKit.Clustering;
using SegmentationKit.Data;
using SegmentationKit.Errors;
using SegmentationKit.Features;

namespace SegmentationKit.Segmenters.Clusters;

/// <summary>Behavioural segmentation by clustering: preprocesses the chosen columns (by default the
/// product-usage columns, standard-scaled), fits k-means, a Gaussian mixture, Ward or k-prototypes, and names
/// each segment by the traits that set it apart (e.g. "High logins per week, low support tickets").</summary>
public sealed class ClusterSegmenter(ClusterSegmenterOptions? options = null) : ISegmenter<ClusterSegmentationModel>
{
    public ClusterSegmenterOptions Options { get; } = options ?? new ClusterSegmenterOptions();

    public ClusterSegmentationModel Fit(SegmentationData data) => Fit(data, null);

    /// <param name="progress">Receives the k-means starts done; null: no reports.</param>
    public ClusterSegmentationModel Fit(SegmentationData data, IProgress<WorkProgress>? progress)
    {
        var table = data.Customers;
        var columns = Options.Preprocessing.Columns ?? ClusterSegmenterOptions.DefaultColumns.Where(table.HasColumn).ToArray();
        if (columns.Count == 0)
            throw new DataValidationException(table.Source, 1, null, null,
                $"none of the default behaviour columns ({string.Join(", ", ClusterSegmenterOptions.DefaultColumns)}) is in the table",
                "name the columns to cluster on");
        var categorical = Options.Algorithm == ClusterAlgorithm.KPrototypes
            ? columns.Where(c => table[c].Kind == ColumnKind.Categorical).ToArray()
            : [];
        var pipelineColumns = columns.Except(categorical).ToArray();
        var pipeline = pipelineColumns.Length == 0 ? null
            : PreprocessingPipeline.Fit(table, Options.Preprocessing with { Columns = pipelineColumns });
        var numeric = Numeric(pipeline, table);
        var cats = categorical.Length == 0 ? null : CategoricalMatrix.FromTable(table, categorical);

        IClusterAssigner assigner;
        int[] labels;
        string definition;
        switch (Options.Algorithm)
        {
            case ClusterAlgorithm.KMeans:
                var kmeans = new KMeans(new KMeansOptions { Clusters = Options.Clusters, Restarts = Options.Restarts, Seed = Options.Seed }).Fit(numeric, progress);
                (assigner, labels, definition) = (new KMeansAssigner(kmeans), kmeans.Labels.ToArray(), "k-means cluster");
                break;
            case ClusterAlgorithm.GaussianMixture:
                var gmm = new GaussianMixture(new GaussianMixtureOptions
                {
                    Components = Options.Clusters, Covariance = Options.Covariance, Restarts = Options.Restarts, Seed = Options.Seed,
                }).Fit(numeric);
                (assigner, labels, definition) = (new MixtureAssigner(gmm), gmm.Labels, "Gaussian mixture component");
                break;
            case ClusterAlgorithm.Ward:
                var ward = new Ward(new WardOptions { Clusters = Options.Clusters }).Fit(numeric);
                (assigner, labels, definition) = (new WardAssigner(ward), ward.Labels, "Ward cluster");
                break;
            default:
                var kp = new KPrototypes(new KPrototypesOptions { Clusters = Options.Clusters, Gamma = Options.Gamma, Restarts = Options.Restarts, Seed = Options.Seed })
                    .Fit(numeric, cats ?? new CategoricalMatrix([], table.RowCount, [], []));
                (assigner, labels, definition) = (new PrototypeAssigner(kp), kp.Labels, "k-prototypes cluster");
                break;
        }
        // Describe the segments from the labels the model assigns (for Ward: the nearest centroid of
        // the cut), so a segment's description counts exactly the customers it is given.
        labels = assigner.Assign(numeric, cats, out _);
        var catalog = ClusterCatalog.Build(table, columns, labels, Options.Clusters, definition);
        var parameters = new Dictionary<string, string>
        {
            ["clusters"] = Options.Clusters.ToString(CultureInfo.InvariantCulture),
            ["columns"] = string.Join(", ", columns),
            ["scaling"] = Options.Preprocessing.Scaling.ToString().ToLowerInvariant(),
            ["seed"] = Options.Seed.ToString(CultureInfo.InvariantCulture),
        };
        if (Options.Preprocessing.Log1pColumns.Count > 0) parameters["log1p"] = string.Join(", ", Options.Preprocessing.Log1pColumns);
        if (Options.Preprocessing.PrincipalComponents is { } pcs) parameters["principal_components"] = pcs.ToString(CultureInfo.InvariantCulture);
        if (Options.Preprocessing.MissingValues == MissingValuePolicy.Impute) parameters["missing_values"] = "impute";
        if (Options.Algorithm == ClusterAlgorithm.GaussianMixture) parameters["covariance"] = Options.Covariance.ToString().ToLowerInvariant();
        if (Options.Algorithm != ClusterAlgorithm.Ward) parameters["restarts"] = Options.Restarts.ToString(CultureInfo.InvariantCulture);
        foreach (var (key, value) in assigner.Results) parameters[key] = value;
        return new ClusterSegmentationModel(MethodName(Options.Algorithm), pipeline, categorical, assigner, catalog, parameters,
            pipeline?.Diagnostics ?? []);
    }

    internal static FeatureMatrix Numeric(PreprocessingPipeline? pipeline, CustomerTable table) =>
        pipeline?.Transform(table) ?? new FeatureMatrix([], table.RowCount, 0);

    /// <summary>The method name written in results: gmm, ward or kprototypes.</summary>
    public static string MethodName(ClusterAlgorithm algorithm) => algorithm switch
    {
        ClusterAlgorithm.KMeans => "kmeans",
        ClusterAlgorithm.GaussianMixture => "gmm",
        ClusterAlgorithm.Ward => "ward",
        _ => "kprototypes",
    };
}
