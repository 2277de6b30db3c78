using SegmentationKit.Segmenters.Configuration;

namespace SegmentationKit.Segmenters.Rules;

/// <summary>Reads a rule set from YAML:
/// <code>
/// name: firmographic
/// rules:
///   - name: Retail and Food
///     when: { industry: [Retail, Food] }          # a list: one of the values
///   - name: Large banks
///     when:
///       all:
///         - industry: Banking-Insurance           # a single value: equality
///         - employees: { min: 1000 }              # min/max inclusive, above/below exclusive
///   - name: Signed in 2024
///     when: { signup_date: { from: 2024-01-01, to: 2024-12-31 } }
///   - name: Not retail
///     when: { not: { industry: Retail } }         # also any: [...] for OR
/// bands:
///   column: employees
///   exhaustive: true                              # overlaps and gaps are errors
///   segments:
///     - { name: "1-49", min: 1, below: 50 }
///     - { name: "1000+", min: 1000 }
/// fallback: { id: other, name: Other }
/// </code>
/// Several keys under one <c>when</c> must all hold. Every error names the file and key path.</summary>
public static class RuleSetYaml
{
    public static RuleSet Load(string path) => Read(ConfigNode.Load(path));

    public static RuleSet Parse(string yaml, string? file = null) => Read(ConfigNode.Parse(yaml, file));

    /// <summary>Reads a rule set from a node (the document root or a <c>rules:</c> section's parent).</summary>
    public static RuleSet Read(ConfigNode root)
    {
        root.AllowOnly("name", "rules", "bands", "fallback");
        var rules = new List<SegmentRule>();
        if (root.Optional("rules") is { } list)
            foreach (var item in list.Items())
            {
                item.AllowOnly("id", "name", "description", "when");
                var name = item.Required("name").Text();
                var when = item.Optional("when") ?? throw item.Error($"segment '{name}' has an empty definition", "add a 'when:' with at least one test");
                rules.Add(new SegmentRule(item.Optional("id")?.Text() ?? SegmentIds.FromName(name), name,
                    item.Optional("description")?.Text() ?? "", ReadCondition(when)));
            }
        var bandSets = new List<BandSet>();
        if (root.Optional("bands") is { } bands)
            foreach (var set in bands.IsSequence ? bands.Items() : [bands])
                bandSets.Add(ReadBands(set));
        SegmentDefinition? fallback = null;
        if (root.Optional("fallback") is { } fb)
        {
            string name;
            string? id = null, description = null;
            if (fb.IsScalar) name = fb.Text();
            else
            {
                fb.AllowOnly("id", "name", "description");
                name = fb.Required("name").Text();
                id = fb.Optional("id")?.Text();
                description = fb.Optional("description")?.Text();
            }
            fallback = new SegmentDefinition(id ?? SegmentIds.FromName(name), name, description ?? "Customers no rule matches.", "no rule matched");
        }
        return new RuleSet(root.Optional("name")?.Text() ?? root.File ?? "rules", rules, bandSets, fallback, root.File);
    }

    private static Condition ReadCondition(ConfigNode node)
    {
        if (!node.IsMapping) throw node.Error("a condition is expected here", "write 'column: value', or all/any/not");
        var parts = new List<Condition>();
        foreach (var (key, value) in node.Entries())
        {
            parts.Add(key switch
            {
                "all" => new AllCondition(value.Items().Select(ReadCondition).ToArray()) { KeyPath = value.Path },
                "any" => new AnyCondition(value.Items().Select(ReadCondition).ToArray()) { KeyPath = value.Path },
                "not" => new NotCondition(ReadCondition(value)) { KeyPath = value.Path },
                _ => ReadColumnTest(key, value),
            });
        }
        return parts.Count == 1 ? parts[0] : new AllCondition(parts) { KeyPath = node.Path };
    }

    private static Condition ReadColumnTest(string column, ConfigNode value)
    {
        if (value.IsScalar || value.IsSequence)
            return new InSetCondition(column, value.Texts()) { KeyPath = value.Path };
        value.AllowOnly("in", "min", "max", "above", "below", "from", "to");
        if (value.Optional("in") is { } set)
            return value.Entries().Count == 1
                ? new InSetCondition(column, set.Texts()) { KeyPath = value.Path }
                : throw value.Error("'in' cannot be combined with a range", "write the set and the range as two tests under 'all'");
        if (value.Has("from") || value.Has("to"))
        {
            if (value.Has("min") || value.Has("max") || value.Has("above") || value.Has("below"))
                throw value.Error("'from'/'to' (dates) cannot be combined with min/max/above/below (numbers)", "keep the date bounds or the number bounds, in two conditions if you need both");
            return new DateRangeCondition(column, value.Optional("from")?.Date(), value.Optional("to")?.Date()) { KeyPath = value.Path };
        }
        return ReadRange(column, value);
    }

    private static NumericRangeCondition ReadRange(string column, ConfigNode value)
    {
        if (value.Has("min") && value.Has("above")) throw value.Error("'min' and 'above' are both given", "keep one: min includes the value, above excludes it");
        if (value.Has("max") && value.Has("below")) throw value.Error("'max' and 'below' are both given", "keep one: max includes the value, below excludes it");
        var lower = value.Optional("min") ?? value.Optional("above");
        var upper = value.Optional("max") ?? value.Optional("below");
        if (lower is null && upper is null) throw value.Error("the range has no bound", "give min, max, above or below");
        return new NumericRangeCondition(column, lower?.Number(), value.Has("min"), upper?.Number(), value.Has("max")) { KeyPath = value.Path };
    }

    private static BandSet ReadBands(ConfigNode set)
    {
        set.AllowOnly("column", "exhaustive", "segments");
        var column = set.Required("column").Text();
        var bands = new List<Band>();
        foreach (var item in set.Required("segments").Items())
        {
            item.AllowOnly("id", "name", "description", "min", "max", "above", "below");
            var name = item.Required("name").Text();
            var range = ReadRange(column, item);
            bands.Add(new Band(item.Optional("id")?.Text() ?? SegmentIds.FromName($"{column} {name}"), name,
                item.Optional("description")?.Text() ?? "", range with { KeyPath = item.Path }));
        }
        return new BandSet(column, set.Optional("exhaustive")?.Boolean() ?? false, bands) { KeyPath = set.Path };
    }
}
