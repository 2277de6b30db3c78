using System.Globalization;

namespace SegmentationKit.Segmenters.Rules;

/// <summary>Fluent start of a test on one column: <c>When.Column("employees").Between(50, 250)</c>.</summary>
public sealed class ColumnTest
{
    internal ColumnTest(string column) => Column = column;

    public string Column { get; }

    /// <summary>Equal to one value.</summary>
    public Condition Is(string value) => new InSetCondition(Column, [value]);
    public Condition Is(bool value) => new InSetCondition(Column, [value ? "true" : "false"]);
    public Condition Is(double value) => new InSetCondition(Column, [value.ToString("R", CultureInfo.InvariantCulture)]);

    /// <summary>One of the values.</summary>
    public Condition In(params string[] values) => new InSetCondition(Column, values);

    /// <summary>value ≥ min.</summary>
    public NumericRangeCondition AtLeast(double min) => new(Column, min, true, null, false);
    /// <summary>value &gt; bound.</summary>
    public NumericRangeCondition Above(double bound) => new(Column, bound, false, null, false);
    /// <summary>value &lt; bound.</summary>
    public NumericRangeCondition Below(double bound) => new(Column, null, false, bound, false);
    /// <summary>value ≤ max.</summary>
    public NumericRangeCondition AtMost(double max) => new(Column, null, false, max, true);
    /// <summary>min ≤ value &lt; below: the form consecutive bands use.</summary>
    public NumericRangeCondition Between(double min, double below) => new(Column, min, true, below, false);

    /// <summary>from ≤ date ≤ to; either bound may be null (open).</summary>
    public Condition Dated(DateOnly? from, DateOnly? to) => new DateRangeCondition(Column, from, to);
}
