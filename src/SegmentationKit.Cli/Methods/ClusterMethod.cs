using System.Globalization;
using SegmentationKit.Cli.Infrastructure;
using SegmentationKit.Segmenters;
using SegmentationKit.Segmenters.Clusters;

namespace SegmentationKit.Cli.Methods;

/// <summary>The clustering methods (gmm, ward, kprototypes): --k segments on the behaviour columns
/// (or the configured ones), preprocessed and clustered with --seed; options from the method's
/// --config section or --set (see <see cref="ClusterConfig"/>).</summary>
public abstract class ClusterMethod : ISegmentMethod
{
    public bool TakesSegmentCount => true;

    protected abstract ClusterAlgorithm Algorithm { get; }
    public string Name => ClusterSegmenter.MethodName(Algorithm);
    public abstract string Description { get; }
    public virtual IReadOnlyList<string>? AssignmentColumns => [];

    public Segmentation Run(SegmentRunContext context) => Fit(context).Assign(context.Data);

    public ISegmentationModel Fit(SegmentRunContext context)
    {
        var options = ClusterConfig.Read(SegmenterConfig.Section(context.Config, Name), Algorithm, context.RequireK(Name), context.Seed);
        var model = CliProgress.Run(progress => new ClusterSegmenter(options).Fit(context.FitData, progress));
        foreach (var d in model.Diagnostics) context.Note("Note: " + d);
        context.Note(Summary(model));
        context.FittedModel = model;
        return model;
    }

    private static string Summary(ClusterSegmentationModel model)
    {
        var p = model.Parameters;
        string Get(string key) => p.TryGetValue(key, out var v) ? v : "";
        static string F(string v) => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) ? x.ToString("0.###", CultureInfo.InvariantCulture) : v;
        return model.Method switch
        {
            "kmeans" => $"k-means on {Get("columns")} ({Get("scaling")} scaling): inertia {F(Get("inertia"))}, {Get("iterations")} Lloyd iterations" + (Get("converged") == "true" ? "" : " (not converged)"),
            "gmm" => $"Gaussian mixture on {Get("columns")} ({Get("scaling")} scaling): mean log-likelihood {F(Get("mean_log_likelihood"))}, BIC {F(Get("bic"))}, AIC {F(Get("aic"))}, {Get("iterations")} EM iterations" + (Get("converged") == "true" ? "" : " (not converged)"),
            "ward" => $"Ward on {Get("columns")} ({Get("scaling")} scaling): within-cluster sum of squares {F(Get("inertia"))}",
            _ => $"k-prototypes on {Get("columns")}: cost {F(Get("cost"))} with gamma {F(Get("gamma"))}",
        };
    }
}
