using System.Globalization;
using System.Text.Json;
using SegmentationKit.Clustering;
using SegmentationKit.Features;

namespace SegmentationKit.Segmenters.Clusters;

internal sealed class WardAssigner(WardModel model) : IClusterAssigner
{
    public WardModel Model { get; } = model;

    public int[] Assign(FeatureMatrix numeric, CategoricalMatrix? categorical, out double[]? probability)
    {
        probability = null;
        return Model.Predict(numeric);
    }

    public IReadOnlyDictionary<string, string> Results => new Dictionary<string, string>
    {
        ["inertia"] = Model.Inertia.ToString("R", CultureInfo.InvariantCulture),
    };

    public JsonElement ToJsonElement() => JsonSerializer.Deserialize<JsonElement>(Model.ToJson());
}
