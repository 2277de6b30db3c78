using System.Text.Json.Nodes;

namespace SegmentationKit.Charts;

/// <summary>Points, lines or both ("markers", "lines", "lines+markers"); bubbles with per-point sizes.</summary>
public sealed class ScatterTrace : PlotlyTrace
{
    public override string Type => "scatter";
    public required IReadOnlyList<double> X { get; init; }
    public required IReadOnlyList<double> Y { get; init; }
    public string Mode { get; init; } = "markers";
    public IReadOnlyList<string>? Text { get; init; }
    /// <summary>plotly.js hovertemplate, e.g. "%{text}&lt;br&gt;ARR %{y:,.0f}".</summary>
    public string? HoverTemplate { get; init; }
    public Marker? Marker { get; init; }
    /// <summary>Position of point labels when mode includes "text", e.g. "top center".</summary>
    public string? TextPosition { get; init; }
    /// <summary>Labels written as x instead of <see cref="X"/> (e.g. ISO dates, which plotly puts on a date axis).</summary>
    public IReadOnlyList<string>? XLabels { get; init; }

    protected override void WriteAttributes(JsonObject o)
    {
        o["x"] = XLabels is null ? Numbers(X) : Array(XLabels);
        o["y"] = Numbers(Y);
        o["mode"] = Mode;
        if (Text is not null) o["text"] = Array(Text);
        if (TextPosition is not null) o["textposition"] = TextPosition;
        if (HoverTemplate is not null) o["hovertemplate"] = HoverTemplate;
        if (Marker is not null) o["marker"] = Marker.ToJson();
    }
}
