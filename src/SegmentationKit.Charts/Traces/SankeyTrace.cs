using System.Text.Json.Nodes;

namespace SegmentationKit.Charts;

/// <summary>Flows between nodes, e.g. customers moving from one run's segments to another's.</summary>
public sealed class SankeyTrace : PlotlyTrace
{
    public override string Type => "sankey";
    public required IReadOnlyList<string> NodeLabels { get; init; }
    public IReadOnlyList<string>? NodeColors { get; init; }
    public required IReadOnlyList<int> LinkSources { get; init; }
    public required IReadOnlyList<int> LinkTargets { get; init; }
    public required IReadOnlyList<double> LinkValues { get; init; }

    protected override void WriteAttributes(JsonObject o)
    {
        var node = new JsonObject { ["label"] = Array(NodeLabels), ["pad"] = 12, ["thickness"] = 16 };
        if (NodeColors is not null) node["color"] = Array(NodeColors);
        o["node"] = node;
        o["link"] = new JsonObject
        {
            ["source"] = Array(LinkSources),
            ["target"] = Array(LinkTargets),
            ["value"] = Numbers(LinkValues),
        };
        o["arrangement"] = "snap";
    }
}
