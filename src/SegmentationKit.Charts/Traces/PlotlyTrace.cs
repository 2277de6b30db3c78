using System.Text.Json.Nodes;

namespace SegmentationKit.Charts;

/// <summary>One Plotly trace. Each subclass writes the attributes of its plotly.js trace type
/// (https://plotly.com/javascript/reference/); only set attributes are written.</summary>
public abstract class PlotlyTrace
{
    /// <summary>plotly.js trace type, e.g. "scatter", "bar".</summary>
    public abstract string Type { get; }

    /// <summary>Legend entry and hover label of the trace.</summary>
    public string? Name { get; init; }

    public bool? ShowLegend { get; init; }

    public JsonObject ToJson()
    {
        var o = new JsonObject { ["type"] = Type };
        if (Name is not null) o["name"] = Name;
        if (ShowLegend is not null) o["showlegend"] = ShowLegend;
        WriteAttributes(o);
        return o;
    }

    protected abstract void WriteAttributes(JsonObject o);

    protected static JsonArray Array<T>(IEnumerable<T> values) => new(values.Select(v => JsonValue.Create(v)).ToArray<JsonNode?>());

    /// <summary>Numbers with NaN written as null, which plotly.js draws as a gap (JSON has no NaN).</summary>
    protected static JsonArray Numbers(IEnumerable<double> values) =>
        new(values.Select(v => double.IsFinite(v) ? JsonValue.Create(v) : null).ToArray<JsonNode?>());
}
