using SegmentationKit.Data;
using SegmentationKit.Errors;

namespace SegmentationKit.Segmenters.Rules;

/// <summary>The column's date lies between <see cref="From"/> and <see cref="To"/>, both inclusive;
/// a null bound is open.</summary>
public sealed record DateRangeCondition(string Column, DateOnly? From, DateOnly? To) : Condition
{
    public override string Describe() => (From, To) switch
    {
        ({ } f, { } t) => $"{Column} from {f:yyyy-MM-dd} to {t:yyyy-MM-dd}",
        ({ } f, null) => $"{Column} from {f:yyyy-MM-dd}",
        (null, { } t) => $"{Column} up to {t:yyyy-MM-dd}",
        _ => $"{Column} is known",
    };

    internal override bool NeverMatches() => From is { } f && To is { } t && f > t;

    internal override void Validate(CustomerTable table, string? file)
    {
        var c = ColumnOf(table, Column, file);
        if (c is not DateColumn)
            throw new ConfigurationException(file, KeyPath, $"column '{Column}' is {c.Kind.ToString().ToLowerInvariant()}, so a date range cannot test it",
                "use min/max/below/above for numbers, or list the values");
    }

    internal override bool[] Evaluate(CustomerTable table, string? file)
    {
        Validate(table, file);
        var values = ((DateColumn)table[Column]).Values;
        var result = new bool[values.Length];
        for (var i = 0; i < result.Length; i++)
            result[i] = values[i] is { } d && (From is not { } f || d >= f) && (To is not { } t || d <= t);
        return result;
    }
}
