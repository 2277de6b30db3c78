using SegmentationKit.Data;

namespace SegmentationKit.Segmenters.Rules;

/// <summary>At least one part holds (OR).</summary>
public sealed record AnyCondition(IReadOnlyList<Condition> Parts) : Condition
{
    public override string Describe() => string.Join(" or ", Parts.Select(p => p is AllCondition ? $"({p.Describe()})" : p.Describe()));

    internal override bool NeverMatches() => Parts.All(p => p.NeverMatches());

    internal override void Validate(CustomerTable table, string? file)
    {
        foreach (var p in Parts) p.Validate(table, file);
    }

    internal override bool[] Evaluate(CustomerTable table, string? file)
    {
        var result = Parts[0].Evaluate(table, file);
        for (var k = 1; k < Parts.Count; k++)
        {
            var next = Parts[k].Evaluate(table, file);
            for (var i = 0; i < result.Length; i++) result[i] |= next[i];
        }
        return result;
    }
}
