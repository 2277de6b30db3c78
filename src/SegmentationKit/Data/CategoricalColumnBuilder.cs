namespace SegmentationKit.Data;

/// <summary>Text categories; an empty cell is missing (code -1).</summary>
internal sealed class CategoricalColumnBuilder(string name, int field, int capacity) : ColumnBuilder(name, field)
{
    private readonly List<string?> _values = new(capacity);

    public override int Count => _values.Count;

    public override CsvProblem? Append(CsvSource source)
    {
        _values.Add(source.Reader.IsEmpty(Field) ? null : source.Reader.GetString(Field));
        return null;
    }

    public override void Truncate(int count) => _values.RemoveRange(count, _values.Count - count);

    public override Column Build() => CategoricalColumn.FromValues(Name, _values);
}
