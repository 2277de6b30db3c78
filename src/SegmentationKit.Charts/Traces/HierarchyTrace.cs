using System.Text.Json.Nodes;

namespace SegmentationKit.Charts;

/// <summary>A treemap or sunburst of a segment hierarchy. Each node has a unique id, a label, a
/// parent id ("" for the root level) and a value; parents' values are the sums of their children.</summary>
public sealed class HierarchyTrace : PlotlyTrace
{
    public HierarchyTrace(bool sunburst = false) => Type = sunburst ? "sunburst" : "treemap";

    public override string Type { get; }
    public required IReadOnlyList<string> Ids { get; init; }
    public required IReadOnlyList<string> Labels { get; init; }
    public required IReadOnlyList<string> Parents { get; init; }
    public required IReadOnlyList<double> Values { get; init; }
    public IReadOnlyList<string>? Colors { get; init; }

    protected override void WriteAttributes(JsonObject o)
    {
        o["ids"] = Array(Ids);
        o["labels"] = Array(Labels);
        o["parents"] = Array(Parents);
        o["values"] = Numbers(Values);
        o["branchvalues"] = "total";
        o["textinfo"] = "label+value+percent root";
        if (Colors is not null) o["marker"] = new JsonObject { ["colors"] = Array(Colors) };
    }
}
