namespace SegmentationKit.Data;

/// <summary>How often a value occurs in a column: <see cref="Share"/> is 0–1 of the rows with a value.</summary>
public sealed record ValueCount(string Value, int Count, double Share);
