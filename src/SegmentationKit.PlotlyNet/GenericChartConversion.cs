using System.Text.Json;
using System.Text.Json.Nodes;
using Plotly.NET;
using SegmentationKit.Charts;

namespace SegmentationKit.PlotlyNet;

/// <summary>A kit figure as a Plotly.NET chart: every trace and layout property is carried over as
/// it is in the figure's Plotly JSON, so the chart draws the same figure.</summary>
public static class GenericChartConversion
{
    /// <summary>Trace types drawn on a domain (no x/y axes) and on polar axes; the rest are 2D.</summary>
    private static readonly HashSet<string> DomainTraces = new(StringComparer.Ordinal) { "treemap", "sunburst", "sankey", "pie", "icicle", "funnelarea" };

    public static GenericChart ToGenericChart(this PlotlyFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        // Parsed back from the text, so every number reads as the JSON says it (integral or not).
        var json = JsonNode.Parse(figure.ToPlotlyJson())!.AsObject();
        var traces = json["data"]!.AsArray().Select(t => ToTrace(t!.AsObject())).ToArray();
        var layout = new Layout();
        Copy(json["layout"]!.AsObject(), layout);
        var config = new Config();
        Copy(json["config"]!.AsObject(), config);
        var chart = GenericChart.ofTraceObjects(false, traces);
        chart = GenericChart.setLayout(layout, chart);
        return GenericChart.setConfig(config, chart);
    }

    private static Trace ToTrace(JsonObject json)
    {
        var type = (string?)json["type"] ?? throw new ArgumentException("a trace without a type", nameof(json));
        Trace trace = DomainTraces.Contains(type) ? new TraceDomain(type)
            : type.EndsWith("polar", StringComparison.Ordinal) || type == "barpolar" ? new TracePolar(type)
            : new Trace2D(type);
        Copy(json, trace);
        return trace;
    }

    private static void Copy(JsonObject json, DynamicObj.DynamicObj target)
    {
        foreach (var (name, value) in json)
        {
            if (name == "type" && target is Trace) continue;
            target.SetProperty(name, Value(value));
        }
    }

    private static object? Value(JsonNode? node) => node switch
    {
        null => null,
        JsonObject o => ToDynamic(o),
        JsonArray a => a.Select(Value).ToArray(),
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => (string)v!,
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => v.GetValue<JsonElement>().TryGetInt64(out var whole) ? whole : v.GetValue<double>(),
            _ => null,
        },
        _ => null,
    };

    private static DynamicObj.DynamicObj ToDynamic(JsonObject json)
    {
        var d = new DynamicObj.DynamicObj();
        Copy(json, d);
        return d;
    }
}
