namespace SegmentationKit.Segmenters.Rules;

/// <summary>Builds a <see cref="RuleSet"/> in code, in evaluation order:
/// <code>
/// var rules = new RuleSetBuilder("firmographic")
///     .Segment("Retail and Food", When.Column("industry").In("Retail", "Food"))
///     .Bands("employees", exhaustive: true, b => b
///         .Band("1–49", 1, 50).Band("50–249", 50, 250).Band("250–999", 250, 1000).Band("1000+", 1000, null))
///     .Fallback("Other")
///     .Build();
/// </code></summary>
public sealed class RuleSetBuilder
{
    private readonly string _name;
    private readonly List<SegmentRule> _rules = new();
    private readonly List<BandSet> _bands = new();
    private SegmentDefinition? _fallback;

    public RuleSetBuilder(string name) => _name = name;

    /// <summary>Adds a rule; the id is derived from the name unless given.</summary>
    public RuleSetBuilder Segment(string name, Condition when, string? description = null, string? id = null)
    {
        var path = $"rules[{_rules.Count}]";
        _rules.Add(new SegmentRule(id ?? SegmentIds.FromName(name), name, description ?? "", Locate(when, path)));
        return this;
    }

    /// <summary>Adds numeric bands of one column, one segment per band.</summary>
    public RuleSetBuilder Bands(string column, bool exhaustive, Action<BandListBuilder> bands)
    {
        var b = new BandListBuilder(column, $"bands[{_bands.Count}]");
        bands(b);
        _bands.Add(new BandSet(column, exhaustive, b.Bands) { KeyPath = $"bands[{_bands.Count}]" });
        return this;
    }

    /// <summary>The segment of customers no rule matches (required).</summary>
    public RuleSetBuilder Fallback(string name, string? description = null, string? id = null)
    {
        _fallback = new SegmentDefinition(id ?? SegmentIds.FromName(name), name, description ?? "Customers no rule matches.", "no rule matched");
        return this;
    }

    public RuleSet Build() => new(_name, _rules, _bands, _fallback);

    // Gives every nested part its position, so an error deep in a rule names the part at fault.
    private static Condition Locate(Condition c, string path) => c switch
    {
        AllCondition a => new AllCondition(a.Parts.Select((p, i) => Locate(p, $"{path}.all[{i}]")).ToArray()) { KeyPath = path },
        AnyCondition o => new AnyCondition(o.Parts.Select((p, i) => Locate(p, $"{path}.any[{i}]")).ToArray()) { KeyPath = path },
        NotCondition n => new NotCondition(Locate(n.Part, $"{path}.not")) { KeyPath = path },
        _ => c with { KeyPath = path },
    };
}
