using SegmentationKit.Data;

namespace SegmentationKit.Segmenters.Rules;

/// <summary>The part does not hold (NOT). True for customers whose tested value is missing.</summary>
public sealed record NotCondition(Condition Part) : Condition
{
    public override string Describe() => $"not ({Part.Describe()})";

    // NOT of a contradiction always holds; NOT of something that always holds cannot be told
    // without the data, so only the empty-range case is caught statically.
    internal override bool NeverMatches() => false;

    internal override void Validate(CustomerTable table, string? file) => Part.Validate(table, file);

    internal override bool[] Evaluate(CustomerTable table, string? file)
    {
        var result = Part.Evaluate(table, file);
        for (var i = 0; i < result.Length; i++) result[i] = !result[i];
        return result;
    }
}
