using System.Text.Json.Nodes;

namespace SegmentationKit.Charts;

/// <summary>A box plot of one group's values (median, quartiles, whiskers at 1.5 IQR, outliers);
/// plotly.js computes the statistics from the raw values.</summary>
public sealed class BoxTrace : PlotlyTrace
{
    public override string Type => "box";
    public required IReadOnlyList<double> Values { get; init; }
    public Marker? Marker { get; init; }
    /// <summary>Show the mean as a dashed line inside the box.</summary>
    public bool ShowMean { get; init; } = true;

    protected override void WriteAttributes(JsonObject o)
    {
        o["y"] = Numbers(Values);
        o["boxmean"] = ShowMean;
        o["boxpoints"] = "outliers";
        if (Marker is not null) o["marker"] = Marker.ToJson();
    }
}
