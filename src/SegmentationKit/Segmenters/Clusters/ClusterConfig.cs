using SegmentationKit.Clustering;
using SegmentationKit.Features;
using SegmentationKit.Segmenters.Configuration;
using SegmentationKit.Segmenters.Needs;

namespace SegmentationKit.Segmenters.Clusters;

/// <summary>Reads the clustering methods' options from a configuration section (YAML or
/// <c>--set gmm.scale=robust</c>). Keys for kmeans, gmm, ward and kprototypes: columns, log1p,
/// scale (none | standard | robust), missing (error | impute), pca, restarts, covariance
/// (full | diagonal, gmm), gamma (kprototypes). Keys for needs: columns, no_answer (segment | impute),
/// algorithm (gmm | ward), restarts, top_needs.</summary>
public static class ClusterConfig
{
    public static ClusterSegmenterOptions Read(ConfigNode? section, ClusterAlgorithm algorithm, int clusters, int seed)
    {
        var options = new ClusterSegmenterOptions { Algorithm = algorithm, Clusters = clusters, Seed = seed };
        if (section is null) return options;
        var allowed = new List<string> { "columns", "log1p", "scale", "missing", "pca" };
        if (algorithm != ClusterAlgorithm.Ward) allowed.Add("restarts");
        if (algorithm == ClusterAlgorithm.GaussianMixture) allowed.Add("covariance");
        if (algorithm == ClusterAlgorithm.KPrototypes) allowed.Add("gamma");
        section.AllowOnly([.. allowed]);
        return options with
        {
            Preprocessing = new PreprocessingOptions
            {
                Columns = section.Optional("columns")?.Texts(),
                Log1pColumns = section.Optional("log1p")?.Texts() ?? [],
                Scaling = section.Optional("scale") is { } s ? Choice(s, ("none", ScalingMethod.None), ("standard", ScalingMethod.Standard), ("robust", ScalingMethod.Robust)) : ScalingMethod.Standard,
                MissingValues = section.Optional("missing") is { } m ? Choice(m, ("error", MissingValuePolicy.Error), ("impute", MissingValuePolicy.Impute)) : MissingValuePolicy.Error,
                PrincipalComponents = section.Optional("pca")?.Integer(),
            },
            Restarts = section.Optional("restarts")?.Integer() ?? options.Restarts,
            Covariance = section.Optional("covariance") is { } c ? Choice(c, ("full", CovarianceType.Full), ("diagonal", CovarianceType.Diagonal)) : CovarianceType.Full,
            Gamma = section.Optional("gamma")?.Number(),
        };
    }

    public static NeedsSegmenterOptions ReadNeeds(ConfigNode? section, int clusters, int seed)
    {
        var options = new NeedsSegmenterOptions { Clusters = clusters, Seed = seed };
        if (section is null) return options;
        section.AllowOnly("columns", "no_answer", "algorithm", "restarts", "top_needs");
        return options with
        {
            Columns = section.Optional("columns")?.Texts(),
            NoAnswer = section.Optional("no_answer") is { } n ? Choice(n, ("segment", NoAnswerPolicy.Segment), ("impute", NoAnswerPolicy.Impute)) : NoAnswerPolicy.Segment,
            Algorithm = section.Optional("algorithm") is { } a ? Choice(a, ("gmm", ClusterAlgorithm.GaussianMixture), ("ward", ClusterAlgorithm.Ward)) : ClusterAlgorithm.GaussianMixture,
            Restarts = section.Optional("restarts")?.Integer() ?? options.Restarts,
            TopNeeds = section.Optional("top_needs")?.Integer() ?? options.TopNeeds,
        };
    }

    private static T Choice<T>(ConfigNode node, params (string Name, T Value)[] choices)
    {
        var text = node.Text().Trim().ToLowerInvariant();
        foreach (var (name, value) in choices)
            if (name == text) return value;
        throw node.Error($"'{node.Text()}' is not a choice here", $"use one of: {string.Join(", ", choices.Select(c => c.Name))}");
    }
}
