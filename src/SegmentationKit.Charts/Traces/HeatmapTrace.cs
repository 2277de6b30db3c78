using System.Text.Json.Nodes;

namespace SegmentationKit.Charts;

/// <summary>A matrix of values drawn as coloured cells, e.g. an RFM grid or a migration matrix.
/// <see cref="Z"/>[row][column]; rows run along y, columns along x.</summary>
public sealed class HeatmapTrace : PlotlyTrace
{
    public override string Type => "heatmap";
    public required IReadOnlyList<string> ColumnLabels { get; init; }
    public required IReadOnlyList<string> RowLabels { get; init; }
    public required IReadOnlyList<IReadOnlyList<double>> Z { get; init; }
    /// <summary>A plotly colourscale name ("Blues", "Viridis") or a custom two-colour scale.</summary>
    public string ColorScale { get; init; } = "Blues";
    /// <summary>Cell labels drawn on the heatmap (same shape as Z).</summary>
    public IReadOnlyList<IReadOnlyList<string>>? CellText { get; init; }
    public string? HoverTemplate { get; init; }
    public string? ColorBarTitle { get; init; }

    private static readonly HashSet<string> DarkFirstScales = new(StringComparer.Ordinal)
        { "Blues", "Greens", "Greys", "YlGnBu", "YlOrRd", "Blackbody", "Electric", "Hot" };

    protected override void WriteAttributes(JsonObject o)
    {
        o["x"] = Array(ColumnLabels);
        o["y"] = Array(RowLabels);
        o["z"] = new JsonArray(Z.Select(r => (JsonNode?)Numbers(r)).ToArray());
        o["colorscale"] = ColorScale;
        // plotly.js defines these sequential scales dark-first: reversed, more is darker.
        if (DarkFirstScales.Contains(ColorScale)) o["reversescale"] = true;
        if (CellText is not null)
        {
            o["text"] = new JsonArray(CellText.Select(r => (JsonNode?)Array(r)).ToArray());
            o["texttemplate"] = "%{text}";
        }
        if (HoverTemplate is not null) o["hovertemplate"] = HoverTemplate;
        if (ColorBarTitle is not null) o["colorbar"] = new JsonObject { ["title"] = new JsonObject { ["text"] = ColorBarTitle } };
    }
}
