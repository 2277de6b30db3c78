namespace SegmentationKit.Charts;

/// <summary>The kit's colours: a categorical palette readable by colour-blind viewers (Okabe–Ito
/// order, extended), so segment k has the same colour in every chart of a run.</summary>
public static class ChartPalette
{
    public static readonly IReadOnlyList<string> Categorical =
    [
        "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
        "#7F7F7F", "#8C564B", "#17BECF", "#BCBD22",
    ];

    public const string Text = "#1F2937";
    public const string Grid = "#E5E7EB";
    public const string Base = "#9CA3AF";

    /// <summary>Colour of the i-th segment; cycles after the palette's end.</summary>
    public static string ForIndex(int i) => Categorical[((i % Categorical.Count) + Categorical.Count) % Categorical.Count];
}
