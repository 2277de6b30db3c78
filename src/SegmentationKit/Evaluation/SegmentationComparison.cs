using System.Text.Json;

namespace SegmentationKit.Evaluation;

/// <summary>Two or more segmentations of the same customers side by side, to help an analyst choose
/// one. This is what <c>comparison.json</c> holds.</summary>
/// <param name="CustomerCount">Customers common to every segmentation (the comparison rests on them).</param>
/// <param name="MinimumSegmentSize">Segments smaller than this many customers are flagged.</param>
/// <param name="Segmentations">One row per segmentation, in the order given.</param>
/// <param name="Agreements">Every pair of segmentations, (1, 2), (1, 3), …, (2, 3), ….</param>
/// <param name="Criteria">What each column means and which direction is better.</param>
public sealed record SegmentationComparison(
    int CustomerCount,
    int MinimumSegmentSize,
    IReadOnlyList<ComparedSegmentation> Segmentations,
    IReadOnlyList<SegmentationAgreement> Agreements,
    IReadOnlyList<ComparisonCriterion> Criteria)
{
    public string ToJson() => JsonSerializer.Serialize(this, SegmentationJson.Options);

    public static SegmentationComparison FromJson(string json) =>
        JsonSerializer.Deserialize<SegmentationComparison>(json, SegmentationJson.Options)
        ?? throw new JsonException("empty comparison JSON");
}
