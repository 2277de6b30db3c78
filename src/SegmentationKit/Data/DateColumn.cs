namespace SegmentationKit.Data;

/// <summary>Calendar dates (no time of day); null marks a missing value.</summary>
public sealed class DateColumn : Column
{
    private readonly DateOnly?[] _values;

    public DateColumn(string name, DateOnly?[] values) : base(name) => _values = values;

    public override ColumnKind Kind => ColumnKind.Date;
    public override int Length => _values.Length;
    public DateOnly? this[int row] => _values[row];
    public ReadOnlySpan<DateOnly?> Values => _values;
    public override bool IsMissing(int row) => _values[row] is null;
    public override string? FormatInvariant(int row) => _values[row]?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public override Column Select(IReadOnlyList<int> rows)
    {
        var v = new DateOnly?[rows.Count];
        for (var i = 0; i < v.Length; i++) v[i] = _values[rows[i]];
        return new DateColumn(Name, v);
    }
}
