using SegmentationKit.Features;
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
        // As a crossed model writes them: the path carries the structure; the display names are not parsed
        // (a part's own name may hold " × " or " · ").
        [new SegmentDefinition("l-r", "Large · Retail × Wholesale", "", "") { Path = ["Large", "Retail × Wholesale"] },
         new SegmentDefinition("l-f", "Large · Food", "", "") { Path = ["Large", "Food"] }, new SegmentDefinition("s", "Small · Other", "", "")],
        ["a", "b", "c", "d"],
        ["l-r", "l-f", "l-f", "s"]);

    /// <summary>A k sweep (k = 2…5) of three tight pairs of points: recommended k = 3.</summary>
    public static SegmentationKit.Evaluation.KSweepResult Sweep() => SegmentationKit.Evaluation.KSweep.Run(
        FeatureMatrix.FromRows([[0, 0], [0, 1], [10, 0], [10, 1], [0, 10], [1, 10], [5, 5.5], [20, 20]], ["a", "b"]),
        new SegmentationKit.Evaluation.KSweepOptions { KMin = 2, KMax = 5, StabilityResamples = 0, Seed = 1 });
}
