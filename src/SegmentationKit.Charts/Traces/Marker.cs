using System.Text.Json.Nodes;

namespace SegmentationKit.Charts;

/// <summary>Marker style of scatter and bar traces.</summary>
public sealed record Marker
{
    public string? Color { get; init; }
    /// <summary>Per-point colours; wins over <see cref="Color"/>.</summary>
    public IReadOnlyList<string>? Colors { get; init; }
    /// <summary>Marker diameter in pixels.</summary>
    public double? Size { get; init; }
    /// <summary>Per-point sizes; with <see cref="SizeReference"/> for bubble charts.</summary>
    public IReadOnlyList<double>? Sizes { get; init; }
    /// <summary>plotly's sizeref: data value per pixel of area (bubble charts use sizemode "area").</summary>
    public double? SizeReference { get; init; }
    public double? Opacity { get; init; }

    internal JsonObject ToJson()
    {
        var o = new JsonObject();
        if (Colors is not null) o["color"] = new JsonArray(Colors.Select(c => (JsonNode?)JsonValue.Create(c)).ToArray());
        else if (Color is not null) o["color"] = Color;
        if (Sizes is not null)
        {
            o["size"] = new JsonArray(Sizes.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray());
            o["sizemode"] = "area";
            if (SizeReference is not null) o["sizeref"] = SizeReference;
        }
        else if (Size is not null) o["size"] = Size;
        if (Opacity is not null) o["opacity"] = Opacity;
        return o;
    }
}
