namespace SegmentationKit.Data;

/// <summary>Yes/no values; null marks a missing value.</summary>
public sealed class BooleanColumn : Column
{
    private readonly bool?[] _values;

    public BooleanColumn(string name, bool?[] values) : base(name) => _values = values;

    public override ColumnKind Kind => ColumnKind.Boolean;
    public override int Length => _values.Length;
    public bool? this[int row] => _values[row];
    public ReadOnlySpan<bool?> Values => _values;
    public override bool IsMissing(int row) => _values[row] is null;
    public override string? FormatInvariant(int row) => _values[row] switch { null => null, true => "true", false => "false" };

    public override Column Select(IReadOnlyList<int> rows)
    {
        var v = new bool?[rows.Count];
        for (var i = 0; i < v.Length; i++) v[i] = _values[rows[i]];
        return new BooleanColumn(Name, v);
    }
}
