using SegmentationKit.Data;

namespace SegmentationKit.Segmenters.Rules;

/// <summary>Every part holds (AND).</summary>
public sealed record AllCondition(IReadOnlyList<Condition> Parts) : Condition
{
    public override string Describe() => string.Join(" and ", Parts.Select(p => p is AnyCondition ? $"({p.Describe()})" : p.Describe()));

    internal override bool NeverMatches()
    {
        if (Parts.Any(p => p.NeverMatches())) return true;
        // Two tests on the same column that no value can pass together.
        foreach (var group in Parts.OfType<NumericRangeCondition>().GroupBy(p => p.Column))
        {
            var lo = double.NegativeInfinity; var loIn = true; var hi = double.PositiveInfinity; var hiIn = true;
            foreach (var r in group)
            {
                if (r.Lower is { } l && (l > lo || (l == lo && !r.LowerInclusive))) { lo = l; loIn = r.LowerInclusive; }
                if (r.Upper is { } u && (u < hi || (u == hi && !r.UpperInclusive))) { hi = u; hiIn = r.UpperInclusive; }
            }
            if (lo > hi || (lo == hi && !(loIn && hiIn))) return true;
        }
        foreach (var group in Parts.OfType<InSetCondition>().GroupBy(p => p.Column))
        {
            var common = new HashSet<string>(group.First().Values, StringComparer.Ordinal);
            foreach (var s in group.Skip(1)) common.IntersectWith(s.Values);
            if (common.Count == 0) return true;
        }
        foreach (var group in Parts.OfType<DateRangeCondition>().GroupBy(p => p.Column))
        {
            var from = group.Max(g => g.From);
            var to = group.Where(g => g.To is not null).Min(g => g.To);
            if (from is { } f && to is { } t && f > t) return true;
        }
        return false;
    }

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
            for (var i = 0; i < result.Length; i++) result[i] &= next[i];
        }
        return result;
    }
}
