using System.Globalization;
using SegmentationKit.Data;
using SegmentationKit.Errors;

namespace SegmentationKit.Segmenters.Rules;

/// <summary>The column's number lies in a range; a null bound is open. <c>min</c> and <c>max</c>
/// are inclusive, <c>above</c> and <c>below</c> exclusive, so bands that follow one another are
/// written <c>min: 1, below: 50</c> then <c>min: 50, below: 250</c>.</summary>
public sealed record NumericRangeCondition(string Column, double? Lower, bool LowerInclusive, double? Upper, bool UpperInclusive) : Condition
{
    public override string Describe()
    {
        var lo = Lower is { } l ? $"{Format(l)} {(LowerInclusive ? "≤" : "<")} " : "";
        var hi = Upper is { } u ? $" {(UpperInclusive ? "≤" : "<")} {Format(u)}" : "";
        return Lower is null && Upper is null ? $"{Column} is known" : $"{lo}{Column}{hi}";
    }

    internal override bool NeverMatches() =>
        Lower is { } l && Upper is { } u && (l > u || (l == u && !(LowerInclusive && UpperInclusive)));

    /// <summary>True when the value satisfies both bounds (NaN never does).</summary>
    public bool Contains(double x) =>
        !double.IsNaN(x)
        && (Lower is not { } l || (LowerInclusive ? x >= l : x > l))
        && (Upper is not { } u || (UpperInclusive ? x <= u : x < u));

    internal override void Validate(CustomerTable table, string? file)
    {
        var c = ColumnOf(table, Column, file);
        if (c is not NumericColumn)
            throw new ConfigurationException(file, KeyPath, $"column '{Column}' is {c.Kind.ToString().ToLowerInvariant()}, so a numeric range cannot test it",
                c.Kind == ColumnKind.Date ? "use 'from' and 'to' for dates" : "list the values instead");
    }

    internal override bool[] Evaluate(CustomerTable table, string? file)
    {
        Validate(table, file);
        var values = ((NumericColumn)table[Column]).Values;
        var result = new bool[values.Length];
        for (var i = 0; i < result.Length; i++) result[i] = Contains(values[i]);
        return result;
    }

    private static string Format(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
