namespace SegmentationKit.Data;

/// <summary>Calendar dates, ISO (and dd/MM/yyyy in the French dialect); an empty cell is null (missing).</summary>
internal sealed class DateColumnBuilder(string name, int field, CsvDialectRules dialect, int capacity) : ColumnBuilder(name, field)
{
    private readonly List<DateOnly?> _values = new(capacity);

    public override int Count => _values.Count;

    public override CsvProblem? Append(CsvSource source)
    {
        var cell = source.Reader.GetSpan(Field);
        if (cell.IsEmpty) { _values.Add(null); return null; }
        if (!CsvCells.TryParseDate(cell, dialect.DayFirstDates, out var d)) return NotADate(source, Name, Field);
        _values.Add(d);
        return null;
    }

    public override void Truncate(int count) => _values.RemoveRange(count, _values.Count - count);

    public override Column Build() => new DateColumn(Name, _values.ToArray());
}
