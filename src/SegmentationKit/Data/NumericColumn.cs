using System.Globalization;

namespace SegmentationKit.Data;

/// <summary>Numbers as double; NaN marks a missing value.</summary>
public sealed class NumericColumn : Column
{
    private readonly double[] _values;

    public NumericColumn(string name, double[] values) : base(name) => _values = values;

    public override ColumnKind Kind => ColumnKind.Numeric;
    public override int Length => _values.Length;
    public double this[int row] => _values[row];
    public ReadOnlySpan<double> Values => _values;
    public override bool IsMissing(int row) => double.IsNaN(_values[row]);

    public override string? FormatInvariant(int row) =>
        IsMissing(row) ? null : _values[row].ToString("R", CultureInfo.InvariantCulture);

    public override Column Select(IReadOnlyList<int> rows)
    {
        var v = new double[rows.Count];
        for (var i = 0; i < v.Length; i++) v[i] = _values[rows[i]];
        return new NumericColumn(Name, v);
    }

    /// <summary>The non-missing values, in row order.</summary>
    public double[] PresentValues()
    {
        var list = new List<double>(_values.Length);
        foreach (var v in _values) if (!double.IsNaN(v)) list.Add(v);
        return list.ToArray();
    }
}
