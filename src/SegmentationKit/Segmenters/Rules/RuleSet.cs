using SegmentationKit.Errors;

namespace SegmentationKit.Segmenters.Rules;

/// <summary>An ordered, validated set of segment rules: the first rule a customer meets decides
/// the segment; customers meeting none go to the explicit <see cref="Fallback"/>. Band sets add one
/// rule per band after the plain rules. Built from YAML (<see cref="RuleSetYaml"/>) or in code
/// (<see cref="RuleSetBuilder"/>); construction rejects empty definitions, rules that can never
/// match, duplicate ids and (for exhaustive bands) overlaps and gaps.</summary>
public sealed class RuleSet
{
    public RuleSet(string name, IReadOnlyList<SegmentRule> rules, IReadOnlyList<BandSet> bandSets, SegmentDefinition? fallback, string? file = null)
    {
        Name = name;
        File = file;
        BandSets = bandSets.ToArray();
        var all = rules.ToList();
        foreach (var set in BandSets)
        {
            if (set.Bands.Count == 0)
                throw new ConfigurationException(file, set.KeyPath, "the band set has no bands", "list at least one band");
            set.CheckCoverage(file);
            all.AddRange(set.Bands.Select(b => new SegmentRule(b.Id, b.Name, b.Description, b.Range)));
        }
        if (all.Count == 0)
            throw new ConfigurationException(file, "rules", "the rule set defines no segment", "add at least one rule or band");
        Fallback = fallback ?? throw new ConfigurationException(file, "fallback", "the rule set has no fallback segment",
            "add 'fallback: {id: other, name: Other}' so every customer no rule matches still gets a segment");
        var ids = new HashSet<string>(StringComparer.Ordinal) { Fallback.Id };
        foreach (var rule in all)
        {
            var path = rule.When.KeyPath;
            if (!ids.Add(rule.Id))
                throw new ConfigurationException(file, path, $"segment id '{rule.Id}' is used twice", "give every segment its own id");
            if (IsEmpty(rule.When))
                throw new ConfigurationException(file, path, $"segment '{rule.Name}' has an empty definition", "give it at least one test under 'when'");
            if (rule.When.NeverMatches())
                throw new ConfigurationException(file, path, $"the rule for '{rule.Name}' can never match: {rule.When.Describe()}",
                    "check the bounds and values; a range must not end before it starts");
        }
        Rules = all;
    }

    public string Name { get; }
    /// <summary>The file the rule set came from, or null when built in code.</summary>
    public string? File { get; }
    /// <summary>Every rule in evaluation order, band rules included.</summary>
    public IReadOnlyList<SegmentRule> Rules { get; }
    public IReadOnlyList<BandSet> BandSets { get; }
    public SegmentDefinition Fallback { get; }

    /// <summary>The catalog: rules in order, then the fallback.</summary>
    public IReadOnlyList<SegmentDefinition> Catalog() => Rules.Select(r => r.ToDefinition()).Append(Fallback).ToList();

    private static bool IsEmpty(Condition c) => c switch
    {
        AllCondition a => a.Parts.Count == 0 || a.Parts.Any(IsEmpty),
        AnyCondition o => o.Parts.Count == 0 || o.Parts.Any(IsEmpty),
        NotCondition n => IsEmpty(n.Part),
        _ => false,
    };
}
