using System.Globalization;
using System.Text.Json;
using SegmentationKit.Clustering;
using SegmentationKit.Features;

namespace SegmentationKit.Segmenters.Clusters;

internal sealed class PrototypeAssigner(KPrototypesModel model) : IClusterAssigner
{
    public KPrototypesModel Model { get; } = model;

    public int[] Assign(FeatureMatrix numeric, CategoricalMatrix? categorical, out double[]? probability)
    {
        probability = null;
        return Model.Predict(numeric, categorical ?? new CategoricalMatrix([], numeric.Rows, [], []));
    }

    public IReadOnlyDictionary<string, string> Results => new Dictionary<string, string>
    {
        ["cost"] = Model.Cost.ToString("R", CultureInfo.InvariantCulture),
        ["gamma"] = Model.Gamma.ToString("R", CultureInfo.InvariantCulture),
        ["iterations"] = Model.Iterations.ToString(CultureInfo.InvariantCulture),
    };

    public JsonElement ToJsonElement() => JsonSerializer.Deserialize<JsonElement>(Model.ToJson());
}
