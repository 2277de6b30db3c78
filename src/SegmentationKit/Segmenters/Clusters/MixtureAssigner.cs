using System.Globalization;
using System.Text.Json;
using SegmentationKit.Clustering;
using SegmentationKit.Features;

namespace SegmentationKit.Segmenters.Clusters;

internal sealed class MixtureAssigner(GaussianMixtureModel model) : IClusterAssigner
{
    public GaussianMixtureModel Model { get; } = model;

    public int[] Assign(FeatureMatrix numeric, CategoricalMatrix? categorical, out double[]? probability)
    {
        var p = Model.Probabilities(numeric);
        var k = Model.Components;
        var labels = new int[numeric.Rows];
        probability = new double[numeric.Rows];
        for (var i = 0; i < labels.Length; i++)
        {
            for (var c = 1; c < k; c++) if (p[i * k + c] > p[i * k + labels[i]]) labels[i] = c;
            probability[i] = p[i * k + labels[i]];
        }
        return labels;
    }

    public IReadOnlyDictionary<string, string> Results => new Dictionary<string, string>
    {
        ["mean_log_likelihood"] = Model.MeanLogLikelihood.ToString("R", CultureInfo.InvariantCulture),
        ["bic"] = Model.Bic.ToString("R", CultureInfo.InvariantCulture),
        ["aic"] = Model.Aic.ToString("R", CultureInfo.InvariantCulture),
        ["iterations"] = Model.Iterations.ToString(CultureInfo.InvariantCulture),
        ["converged"] = Model.Converged ? "true" : "false",
    };

    public JsonElement ToJsonElement() => JsonSerializer.Deserialize<JsonElement>(Model.ToJson());
}
