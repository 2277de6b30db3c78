namespace SegmentationKit.Data;

/// <summary>true/false, yes/no, oui/non, 1/0 (any case); an empty cell is null (missing).</summary>
internal sealed class BooleanColumnBuilder(string name, int field, int capacity) : ColumnBuilder(name, field)
{
    private readonly List<bool?> _values = new(capacity);

    public override int Count => _values.Count;

    public override CsvProblem? Append(CsvSource source)
    {
        var cell = source.Reader.GetSpan(Field);
        if (cell.IsEmpty) { _values.Add(null); return null; }
        if (!CsvCells.TryParseBoolean(cell, out var b, out _))
            return new CsvProblem(source.Line, Name, source.CellText(Field), "not a yes/no value",
                "write true/false, yes/no, oui/non or 1/0, or leave the cell empty for a missing value");
        _values.Add(b);
        return null;
    }

    public override void Truncate(int count) => _values.RemoveRange(count, _values.Count - count);

    public override Column Build() => new BooleanColumn(Name, _values.ToArray());
}
