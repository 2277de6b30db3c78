namespace SegmentationKit.Data;

/// <summary>Numbers in the dialect's decimal mark; an empty cell is NaN (missing), never 0.</summary>
internal sealed class NumericColumnBuilder(string name, int field, CsvDialectRules dialect, int capacity) : ColumnBuilder(name, field)
{
    private readonly List<double> _values = new(capacity);

    public override int Count => _values.Count;

    public override CsvProblem? Append(CsvSource source)
    {
        var cell = source.Reader.GetSpan(Field);
        if (cell.IsEmpty) { _values.Add(double.NaN); return null; }
        if (!CsvCells.TryParseNumber(cell, dialect.Numbers, out var v)) return NotANumber(source, Name, Field);
        if (!double.IsFinite(v)) return NotFinite(source, Name, Field);
        _values.Add(v);
        return null;
    }

    public override void Truncate(int count) => _values.RemoveRange(count, _values.Count - count);

    public override Column Build() => new NumericColumn(Name, _values.ToArray());
}
