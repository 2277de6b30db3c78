namespace SegmentationKit.Data;

/// <summary>One entry of a <see cref="ColumnMapping"/>: the column headed <see cref="Source"/> in the
/// file is loaded as <see cref="Name"/>, of kind <see cref="Kind"/> (null: the standard kind of
/// <see cref="Name"/> if it is a standard name, else inferred from the values).</summary>
public sealed record ColumnMap(string Source, string Name, ColumnKind? Kind = null);
