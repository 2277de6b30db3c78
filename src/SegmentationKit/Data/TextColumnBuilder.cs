namespace SegmentationKit.Data;

/// <summary>Keeps each cell as text (null when empty); the subclass decides the column it becomes.</summary>
internal abstract class TextColumnBuilder(string name, int field, int capacity) : ColumnBuilder(name, field)
{
    protected List<string?> Values { get; } = new(capacity);

    public override int Count => Values.Count;

    public override CsvProblem? Append(CsvSource source)
    {
        Values.Add(source.Reader.IsEmpty(Field) ? null : source.TextValue(Field));
        return null;
    }

    public override void Truncate(int count) => Values.RemoveRange(count, Values.Count - count);
}
