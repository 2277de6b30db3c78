namespace SegmentationKit.Segmenters.Rules;

/// <summary>One rule of a rule set: customers meeting <see cref="When"/> (and no earlier rule) are
/// in this segment.</summary>
public sealed record SegmentRule(string Id, string Name, string Description, Condition When)
{
    public SegmentDefinition ToDefinition() => new(Id, Name, Description, When.Describe());
}
