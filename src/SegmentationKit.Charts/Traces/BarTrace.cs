using System.Text.Json.Nodes;

namespace SegmentationKit.Charts;

/// <summary>Bars: vertical (categories on x) or horizontal (<see cref="Horizontal"/>, categories on y).</summary>
public sealed class BarTrace : PlotlyTrace
{
    public override string Type => "bar";
    public required IReadOnlyList<string> Categories { get; init; }
    public required IReadOnlyList<double> Values { get; init; }
    public bool Horizontal { get; init; }
    public IReadOnlyList<string>? Text { get; init; }
    public string? HoverTemplate { get; init; }
    public Marker? Marker { get; init; }

    protected override void WriteAttributes(JsonObject o)
    {
        if (Horizontal)
        {
            o["orientation"] = "h";
            o["x"] = Numbers(Values);
            o["y"] = Array(Categories);
        }
        else
        {
            o["x"] = Array(Categories);
            o["y"] = Numbers(Values);
        }
        if (Text is not null)
        {
            o["text"] = Array(Text);
            o["textposition"] = "auto";
        }
        if (HoverTemplate is not null) o["hovertemplate"] = HoverTemplate;
        if (Marker is not null) o["marker"] = Marker.ToJson();
    }
}
