using System.Text.Json.Nodes;

namespace SegmentationKit.Charts;

/// <summary>A closed line on polar axes: one segment's profile on a radar chart.</summary>
public sealed class ScatterPolarTrace : PlotlyTrace
{
    public override string Type => "scatterpolar";
    /// <summary>Axis names (features), in order around the circle.</summary>
    public required IReadOnlyList<string> Theta { get; init; }
    public required IReadOnlyList<double> R { get; init; }
    public string Fill { get; init; } = "toself";
    public Marker? Marker { get; init; }

    protected override void WriteAttributes(JsonObject o)
    {
        // Repeat the first point so the outline closes.
        o["theta"] = Array(Theta.Append(Theta[0]));
        o["r"] = Numbers(R.Append(R[0]));
        o["fill"] = Fill;
        o["mode"] = "lines+markers";
        if (Marker is not null)
        {
            o["marker"] = Marker.ToJson();
            if (Marker.Color is not null) o["line"] = new JsonObject { ["color"] = Marker.Color };
        }
    }
}
