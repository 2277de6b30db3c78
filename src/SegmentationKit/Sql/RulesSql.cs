using System.Globalization;
using SegmentationKit.Data;
using SegmentationKit.Errors;
using SegmentationKit.Segmenters.Rules;

namespace SegmentationKit.Sql;

/// <summary>A rule set (rules and bands) in SQL: one CASE, rules in order, first match wins, the
/// fallback for the rest. Each test on one column is wrapped in COALESCE(…, FALSE) so a missing
/// value fails the test and its negation holds, as in <see cref="Condition"/>.</summary>
public sealed class RulesSql : IModelSqlTranslator
{
    public bool CanTranslate(ISegmentationModel model) => model is RulesModel;

    public string Query(ISegmentationModel model, SqlContext c)
    {
        var rules = ((RulesModel)model).Rules;
        var whens = rules.Rules.Select(r => $"    WHEN {Test(r.When, c)} THEN {c.Text(r.Id)}");
        return $"SELECT {c.CustomerId},\n  CASE\n{string.Join("\n", whens)}\n    ELSE {c.Text(rules.Fallback.Id)}\n  END AS {c.Id("segment_id")}\nFROM {c.Table(c.Tables.Customers)}";
    }

    /// <summary>A condition as a SQL boolean that is never NULL.</summary>
    public static string Test(Condition condition, SqlContext c) => condition switch
    {
        AllCondition all => "(" + string.Join(" AND ", all.Parts.Select(p => Test(p, c))) + ")",
        AnyCondition any => "(" + string.Join(" OR ", any.Parts.Select(p => Test(p, c))) + ")",
        NotCondition not => $"(NOT {Test(not.Part, c)})",
        NumericRangeCondition range => Known(Range(range, c)),
        InSetCondition set => Known(InSet(set, c)),
        DateRangeCondition dates => Known(Dates(dates, c)),
        _ => throw new ModelException($"a rule test of type {condition.GetType().Name} cannot be compiled to SQL", "write the rule with ranges, value lists and date ranges"),
    };

    private static string Known(string test) => $"COALESCE({test}, FALSE)";

    private static string Range(NumericRangeCondition r, SqlContext c)
    {
        var x = c.AsDouble(c.Id(r.Column));
        var parts = new List<string>();
        if (r.Lower is { } l) parts.Add($"{x} {(r.LowerInclusive ? ">=" : ">")} {c.Number(l)}");
        if (r.Upper is { } u) parts.Add($"{x} {(r.UpperInclusive ? "<=" : "<")} {c.Number(u)}");
        return parts.Count == 0 ? $"({x} IS NOT NULL)" : "(" + string.Join(" AND ", parts) + ")";
    }

    private static string InSet(InSetCondition set, SqlContext c)
    {
        if (set.Values.Count == 0) return "(1 = 0)";
        var column = c.Id(set.Column);
        c.ColumnKinds.TryGetValue(set.Column, out var kind);
        return kind switch
        {
            ColumnKind.Boolean => $"({column} IN ({string.Join(", ", set.Values.Select(Boolean).Distinct())}))",
            ColumnKind.Numeric => $"({c.AsDouble(column)} IN ({string.Join(", ", set.Values.Select(v => c.Number(double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture))))}))",
            _ => $"(CAST({column} AS {SqlTypes.Text(c.Dialect)}) IN ({string.Join(", ", set.Values.Select(c.Text))}))",
        };
    }

    private static string Boolean(string value) => value.ToLowerInvariant() is "true" or "yes" ? "TRUE" : "FALSE";

    private static string Dates(DateRangeCondition r, SqlContext c)
    {
        var x = SqlTypes.CastDate(c.Id(r.Column));
        var parts = new List<string>();
        if (r.From is { } f) parts.Add($"{x} >= {SqlLiteral.Date(f)}");
        if (r.To is { } t) parts.Add($"{x} <= {SqlLiteral.Date(t)}");
        return parts.Count == 0 ? $"({x} IS NOT NULL)" : "(" + string.Join(" AND ", parts) + ")";
    }
}
