namespace SegmentationKit.Segmenters.Rules;

/// <summary>Segments customers with a declarative <see cref="RuleSet"/>. There is nothing to learn:
/// <see cref="Fit"/> checks the rule set against the table (columns exist with the right type,
/// listed values occur) and returns the model.</summary>
public sealed class RulesSegmenter : ISegmenter<RulesModel>
{
    public RulesSegmenter(RuleSet rules) => Rules = rules;

    public RuleSet Rules { get; }

    public RulesModel Fit(SegmentationData data)
    {
        foreach (var rule in Rules.Rules) rule.When.Validate(data.Customers, Rules.File);
        return new RulesModel(Rules);
    }
}
