namespace SegmentationKit.Segmenters.MaturityPotential;

/// <summary>One row of a coverage table. A customer matches when every given condition holds
/// (a null condition matches anything); the first matching row is the customer's segment.</summary>
/// <param name="Plans">Plan levels, or null for any plan.</param>
/// <param name="Industries">Industries, or null for any industry.</param>
/// <param name="Maturity">Maturity levels, or null for any (a customer whose maturity cannot be
/// scored matches only rows without a maturity condition).</param>
/// <param name="Potential">Potential levels, or null for any.</param>
public sealed record CoverageRule(
    string Id,
    string Name,
    IReadOnlyList<string>? Plans,
    IReadOnlyList<string>? Industries,
    IReadOnlyList<AxisLevel>? Maturity,
    IReadOnlyList<AxisLevel>? Potential,
    CoverageRecommendation Recommendation)
{
    public bool IsCatchAll => Plans is null && Industries is null && Maturity is null && Potential is null;

    public bool Matches(string? plan, string? industry, AxisLevel? maturity, AxisLevel? potential) =>
        (Plans is null || (plan is not null && Plans.Contains(plan, StringComparer.Ordinal)))
        && (Industries is null || (industry is not null && Industries.Contains(industry, StringComparer.Ordinal)))
        && (Maturity is null || (maturity is { } m && Maturity.Contains(m)))
        && (Potential is null || (potential is { } p && Potential.Contains(p)));

    /// <summary>Readable conditions, e.g. "plan in {Premium}, maturity high, industry in {Retail, Food}".</summary>
    public string Definition()
    {
        var parts = new List<string>();
        if (Plans is not null) parts.Add($"plan in {{{string.Join(", ", Plans)}}}");
        if (Industries is not null) parts.Add($"industry in {{{string.Join(", ", Industries)}}}");
        if (Maturity is not null) parts.Add($"maturity {string.Join("/", Maturity.Select(l => l.ToString().ToLowerInvariant()))}");
        if (Potential is not null) parts.Add($"potential {string.Join("/", Potential.Select(l => l.ToString().ToLowerInvariant()))}");
        return (parts.Count == 0 ? "every other customer" : string.Join(", ", parts)) + " → " + Recommendation.Describe();
    }
}
