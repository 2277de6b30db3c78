using System.Globalization;
using System.Text.Json;
using SegmentationKit.Clustering;
using SegmentationKit.Features;

namespace SegmentationKit.Segmenters.Clusters;

internal sealed class KMeansAssigner(KMeansModel model) : IClusterAssigner
{
    public KMeansModel Model { get; } = model;

    public int[] Assign(FeatureMatrix numeric, CategoricalMatrix? categorical, out double[]? probability)
    {
        probability = null;
        return Model.Predict(numeric);
    }

    // Timings are left out: the parameters are written into segmentation.json, which must not change between runs.
    public IReadOnlyDictionary<string, string> Results => new Dictionary<string, string>
    {
        ["inertia"] = Model.Inertia.ToString("R", CultureInfo.InvariantCulture),
        ["iterations"] = Model.Diagnostics.Iterations.ToString(CultureInfo.InvariantCulture),
        ["converged"] = Model.Diagnostics.Converged ? "true" : "false",
    };

    public JsonElement ToJsonElement() => JsonSerializer.Deserialize<JsonElement>(Model.ToJson());
}
