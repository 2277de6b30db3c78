namespace SegmentationKit.Segmenters.Cross;

/// <summary>One cell of a product of segmentations: its id ("large.retail"), name ("Large · Retail"),
/// the parts' segment ids and their catalog positions.</summary>
/// <param name="PartNames">The parts' segment names, outermost first (the cell's path).</param>
public sealed record CrossCell(string Id, string Name, string Definition, IReadOnlyList<string> PartIds, IReadOnlyList<int> PartPositions,
    IReadOnlyList<string> PartNames);
