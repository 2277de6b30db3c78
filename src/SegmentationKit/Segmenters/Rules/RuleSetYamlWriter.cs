using System.Globalization;
using YamlDotNet.Serialization;

namespace SegmentationKit.Segmenters.Rules;

/// <summary>Writes a <see cref="RuleSet"/> as the YAML <see cref="RuleSetYaml"/> reads, so a rule
/// set built in code (or a fitted <see cref="RulesModel"/>) can be saved and read back unchanged.</summary>
public static class RuleSetYamlWriter
{
    public static string Write(RuleSet rules)
    {
        var bandRules = rules.BandSets.Sum(b => b.Bands.Count);
        var doc = new Dictionary<string, object> { ["name"] = rules.Name };
        var plain = rules.Rules.Take(rules.Rules.Count - bandRules).ToList();
        if (plain.Count > 0)
            doc["rules"] = plain.Select(r => Entry(r.Id, r.Name, r.Description, ("when", Condition(r.When)))).ToList();
        if (rules.BandSets.Count > 0)
            doc["bands"] = rules.BandSets.Select(set => new Dictionary<string, object>
            {
                ["column"] = set.Column,
                ["exhaustive"] = set.Exhaustive,
                ["segments"] = set.Bands.Select(b =>
                {
                    var e = Entry(b.Id, b.Name, b.Description);
                    foreach (var (k, v) in Bounds(b.Range)) e[k] = v;
                    return e;
                }).ToList(),
            }).ToList();
        doc["fallback"] = Entry(rules.Fallback.Id, rules.Fallback.Name, rules.Fallback.Description);
        return new SerializerBuilder().Build().Serialize(doc);
    }

    private static Dictionary<string, object> Entry(string id, string name, string description, params (string Key, object Value)[] more)
    {
        var e = new Dictionary<string, object> { ["id"] = id, ["name"] = name };
        if (description.Length > 0) e["description"] = description;
        foreach (var (k, v) in more) e[k] = v;
        return e;
    }

    private static object Condition(Condition c) => c switch
    {
        AllCondition a => new Dictionary<string, object> { ["all"] = a.Parts.Select(Condition).ToList() },
        AnyCondition o => new Dictionary<string, object> { ["any"] = o.Parts.Select(Condition).ToList() },
        NotCondition n => new Dictionary<string, object> { ["not"] = Condition(n.Part) },
        InSetCondition s => new Dictionary<string, object> { [s.Column] = new Dictionary<string, object> { ["in"] = s.Values.ToList() } },
        NumericRangeCondition r => new Dictionary<string, object> { [r.Column] = Bounds(r) },
        DateRangeCondition d => new Dictionary<string, object> { [d.Column] = DateBounds(d) },
        _ => throw new ArgumentException($"cannot write condition {c.GetType().Name}", nameof(c)),
    };

    private static Dictionary<string, object> Bounds(NumericRangeCondition r)
    {
        var b = new Dictionary<string, object>();
        if (r.Lower is { } l) b[r.LowerInclusive ? "min" : "above"] = l.ToString("R", CultureInfo.InvariantCulture);
        if (r.Upper is { } u) b[r.UpperInclusive ? "max" : "below"] = u.ToString("R", CultureInfo.InvariantCulture);
        return b;
    }

    private static Dictionary<string, object> DateBounds(DateRangeCondition d)
    {
        var b = new Dictionary<string, object>();
        if (d.From is { } f) b["from"] = f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (d.To is { } t) b["to"] = t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return b;
    }
}
