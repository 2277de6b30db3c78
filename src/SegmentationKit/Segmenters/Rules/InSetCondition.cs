using System.Globalization;
using SegmentationKit.Data;
using SegmentationKit.Errors;

namespace SegmentationKit.Segmenters.Rules;

/// <summary>The column's value is one of <see cref="Values"/> (equality when there is one value).
/// Works on categorical columns (exact text), boolean columns (true/false, yes/no) and numeric
/// columns (numbers written in invariant form).</summary>
public sealed record InSetCondition(string Column, IReadOnlyList<string> Values) : Condition
{
    public override string Describe() =>
        Values.Count == 1 ? $"{Column} = {Values[0]}" : $"{Column} in {{{string.Join(", ", Values)}}}";

    internal override bool NeverMatches() => Values.Count == 0;

    internal override void Validate(CustomerTable table, string? file)
    {
        switch (ColumnOf(table, Column, file))
        {
            case CategoricalColumn c:
                if (Values.Count > 0 && !Values.Any(v => c.Levels.Contains(v)))
                    throw new ConfigurationException(file, KeyPath,
                        $"the rule can never match: no customer has {Column} {(Values.Count == 1 ? "=" : "in")} {string.Join(", ", Values.Select(v => $"'{v}'"))}",
                        $"check the spelling; the values of '{Column}' are: {string.Join(", ", c.Levels)}");
                break;
            case BooleanColumn:
                foreach (var v in Values) ParseBool(v, file);
                break;
            case NumericColumn:
                foreach (var v in Values) ParseNumber(v, file);
                break;
            default:
                throw new ConfigurationException(file, KeyPath, $"column '{Column}' holds dates; a list of values cannot test it",
                    "use a date range with 'from' and 'to'");
        }
    }

    internal override bool[] Evaluate(CustomerTable table, string? file)
    {
        var result = new bool[table.RowCount];
        switch (ColumnOf(table, Column, file))
        {
            case CategoricalColumn c:
            {
                var wanted = new bool[c.Levels.Count];
                for (var l = 0; l < wanted.Length; l++) wanted[l] = Values.Contains(c.Levels[l], StringComparer.Ordinal);
                var codes = c.Codes;
                for (var i = 0; i < result.Length; i++) result[i] = codes[i] >= 0 && wanted[codes[i]];
                break;
            }
            case BooleanColumn b:
            {
                var set = Values.Select(v => ParseBool(v, file)).ToHashSet();
                for (var i = 0; i < result.Length; i++) result[i] = b[i] is { } v && set.Contains(v);
                break;
            }
            case NumericColumn n:
            {
                var set = Values.Select(v => ParseNumber(v, file)).ToHashSet();
                var values = n.Values;
                for (var i = 0; i < result.Length; i++) result[i] = set.Contains(values[i]);
                break;
            }
            default:
                Validate(table, file);
                break;
        }
        return result;
    }

    private bool ParseBool(string v, string? file) => v.ToLowerInvariant() switch
    {
        "true" or "yes" => true,
        "false" or "no" => false,
        _ => throw new ConfigurationException(file, KeyPath, $"'{v}' is not true or false, and column '{Column}' is yes/no", "write true or false"),
    };

    private double ParseNumber(string v, string? file) =>
        double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? d
            : throw new ConfigurationException(file, KeyPath, $"'{v}' is not a number, and column '{Column}' is numeric", "write a number, or test a text column");
}
