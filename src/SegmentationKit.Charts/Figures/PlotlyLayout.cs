using System.Text.Json.Nodes;

namespace SegmentationKit.Charts;

/// <summary>Figure-level layout: titles, axes, sizes, legend. Only set attributes are written.</summary>
public sealed record PlotlyLayout
{
    public string? Title { get; init; }
    public string? XTitle { get; init; }
    public string? YTitle { get; init; }
    /// <summary>"linear" (default) or "log".</summary>
    public string? XType { get; init; }
    public string? YType { get; init; }
    /// <summary>"group", "stack" or "overlay" for several bar traces.</summary>
    public string? BarMode { get; init; }
    public bool? ShowLegend { get; init; }
    /// <summary>Pixels; null lets plotly fit the container.</summary>
    public int? Width { get; init; }
    public int? Height { get; init; }
    /// <summary>Tick format of the y axis, d3 syntax (".0%" for shares, ",.0f" for money).</summary>
    public string? YTickFormat { get; init; }
    public string? XTickFormat { get; init; }
    /// <summary>Radial axis range for radar charts.</summary>
    public (double Min, double Max)? PolarRange { get; init; }
    /// <summary>Reverse the y axis (heatmaps listing rows top-down).</summary>
    public bool YReversed { get; init; }

    public JsonObject ToJson()
    {
        var o = new JsonObject
        {
            ["font"] = new JsonObject { ["family"] = "Segoe UI, Helvetica Neue, Arial, sans-serif", ["size"] = 13, ["color"] = ChartPalette.Text },
            ["paper_bgcolor"] = "white",
            ["plot_bgcolor"] = "white",
            ["margin"] = new JsonObject { ["l"] = 70, ["r"] = 30, ["t"] = Title is null ? 30 : 60, ["b"] = 60 },
            ["colorway"] = new JsonArray(ChartPalette.Categorical.Select(c => (JsonNode?)JsonValue.Create(c)).ToArray()),
        };
        if (Title is not null) o["title"] = new JsonObject { ["text"] = Title, ["x"] = 0.02, ["xanchor"] = "left" };
        o["xaxis"] = Axis(XTitle, XType, XTickFormat, reversed: false);
        o["yaxis"] = Axis(YTitle, YType, YTickFormat, YReversed);
        if (BarMode is not null) o["barmode"] = BarMode;
        if (ShowLegend is not null) o["showlegend"] = ShowLegend;
        if (Width is not null) o["width"] = Width;
        if (Height is not null) o["height"] = Height;
        if (PolarRange is { } r)
            o["polar"] = new JsonObject { ["radialaxis"] = new JsonObject { ["visible"] = true, ["range"] = new JsonArray(r.Min, r.Max) } };
        return o;
    }

    private static JsonObject Axis(string? title, string? type, string? tickFormat, bool reversed)
    {
        var a = new JsonObject { ["gridcolor"] = ChartPalette.Grid, ["zerolinecolor"] = ChartPalette.Grid, ["automargin"] = true };
        if (title is not null) a["title"] = new JsonObject { ["text"] = title };
        if (type is not null) a["type"] = type;
        if (tickFormat is not null) a["tickformat"] = tickFormat;
        if (reversed) a["autorange"] = "reversed";
        return a;
    }
}
