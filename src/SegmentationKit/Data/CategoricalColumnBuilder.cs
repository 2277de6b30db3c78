namespace SegmentationKit.Data;

/// <summary>Text categories; an empty cell is missing (code -1).</summary>
internal sealed class CategoricalColumnBuilder(string name, int field, int capacity) : TextColumnBuilder(name, field, capacity)
{
    public override Column Build() => CategoricalColumn.FromValues(Name, Values);
}
