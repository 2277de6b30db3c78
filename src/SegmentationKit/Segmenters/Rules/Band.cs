namespace SegmentationKit.Segmenters.Rules;

/// <summary>One band of a <see cref="BandSet"/>: a named numeric range of the band column.</summary>
public sealed record Band(string Id, string Name, string Description, NumericRangeCondition Range);
