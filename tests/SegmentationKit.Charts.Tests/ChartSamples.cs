namespace SegmentationKit.Charts.Tests;

/// <summary>Small hand-made results the chart tests draw.</summary>
internal static class ChartSamples
{
    /// <summary>6 customers: r/f scores chosen so the R × F grid has known counts.</summary>
    public static Segmentation Rfm() => new(
        "rfm",
        new Dictionary<string, string>(),
        new DateOnly(2024, 1, 31),
        [new SegmentDefinition("champions", "Champions", "", ""), new SegmentDefinition("lost", "Lost", "", ""), new SegmentDefinition("none", "No purchase", "", "")],
        ["a", "b", "c", "d", "e", "f"],
        ["champions", "champions", "lost", "lost", "lost", "none"],
        new Dictionary<string, double[]>
        {
            ["r_score"] = [5, 5, 1, 1, 2, double.NaN],
            ["f_score"] = [5, 5, 1, 2, 1, double.NaN],
        });

    public static Segmentation Crossed() => new(
        "cross",
        new Dictionary<string, string>(),
        null,
        [new SegmentDefinition("l-r", "Large × Retail", "", ""), new SegmentDefinition("l-f", "Large × Food", "", ""), new SegmentDefinition("s", "Small", "", "")],
        ["a", "b", "c", "d"],
        ["l-r", "l-f", "l-f", "s"]);
}
