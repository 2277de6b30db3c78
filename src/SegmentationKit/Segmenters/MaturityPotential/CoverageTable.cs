using SegmentationKit.Errors;
using SegmentationKit.Segmenters.Configuration;

namespace SegmentationKit.Segmenters.MaturityPotential;

/// <summary>The coverage model: an ordered table mapping maturity × potential cells, optionally
/// crossed with plan and industry, to a coverage recommendation. First match wins; the last row
/// must be a catch-all, so every customer gets a segment.</summary>
public sealed class CoverageTable
{
    public CoverageTable(string name, IReadOnlyList<CoverageRule> rules, string? file = null)
    {
        Name = name;
        Rules = rules.ToArray();
        if (Rules.Count == 0)
            throw new ConfigurationException(file, "coverage", "the coverage table has no rows", "list at least a catch-all row");
        if (!Rules[^1].IsCatchAll)
            throw new ConfigurationException(file, $"coverage[{Rules.Count - 1}]", "the last coverage row has conditions, so some customers could match no row",
                "end the table with a row without 'when' that covers every other customer");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Rules.Count; i++)
        {
            if (!ids.Add(Rules[i].Id))
                throw new ConfigurationException(file, $"coverage[{i}].id", $"segment id '{Rules[i].Id}' is used twice", "give every row its own id");
            if (Rules[i].IsCatchAll && i < Rules.Count - 1)
                throw new ConfigurationException(file, $"coverage[{i + 1}]", $"row '{Rules[i + 1].Name}' can never match: row '{Rules[i].Name}' before it has no conditions",
                    "put the catch-all row last");
        }
    }

    public string Name { get; }
    public IReadOnlyList<CoverageRule> Rules { get; }

    /// <summary>The worked example of the customer-success "development" approach: Access customers
    /// → low touch, Growth profile; Standard and Premium of low maturity → mid touch, junior CSM on
    /// adoption; mature Premium Banking-Insurance → high touch, senior sector expert; mature Premium
    /// Retail and Food → high touch, CSM consultants. Freemium joins Access; the rows after the
    /// example (Enterprise, high potential, everyone else) complete the table.</summary>
    public static CoverageTable Default { get; } = new("default",
    [
        new("access_low_touch", "Low-touch · Growth", ["Freemium", "Access"], null, null, null,
            new(TouchLevel.Low, Expertise.Product, CsmProfile.Growth, ["Automated onboarding and nurture programmes", "Webinars"])),
        new("adoption_mid_touch", "Mid-touch · Adoption", ["Standard", "Premium"], null, [AxisLevel.Low], null,
            new(TouchLevel.Mid, Expertise.Product, CsmProfile.Junior, ["Adoption plan with the key users", "Quarterly usage review"])),
        new("sector_expert_high_touch", "High-touch · Sector expert", ["Premium"], ["Banking-Insurance"], [AxisLevel.High], null,
            new(TouchLevel.High, Expertise.Business, CsmProfile.SeniorExpert, ["Sector roadmap and regulatory watch", "Executive business reviews"])),
        new("consultant_high_touch", "High-touch · Consultant", ["Premium"], ["Retail", "Food"], [AxisLevel.High], null,
            new(TouchLevel.High, Expertise.Business, CsmProfile.Consultant, ["Process consulting on advanced modules", "Executive business reviews"])),
        new("enterprise_high_touch", "High-touch · Enterprise", ["Enterprise"], null, null, null,
            new(TouchLevel.High, Expertise.Technical, CsmProfile.SeniorExpert, ["Named account team", "Architecture and integration reviews"])),
        new("expansion_mid_touch", "Mid-touch · Expansion", null, null, null, [AxisLevel.High],
            new(TouchLevel.Mid, Expertise.Business, CsmProfile.Junior, ["Expansion review: seats and modules", "Success plan"])),
        new("standard_mid_touch", "Mid-touch · Standard", null, null, null, null,
            new(TouchLevel.Mid, Expertise.Product, CsmProfile.Junior, ["Success plan", "Half-yearly review"])),
    ]);

    /// <summary>Index of the first row the customer matches (the last row always matches).</summary>
    public int Match(string? plan, string? industry, AxisLevel? maturity, AxisLevel? potential)
    {
        for (var i = 0; i < Rules.Count; i++)
            if (Rules[i].Matches(plan, industry, maturity, potential))
                return i;
        return Rules.Count - 1;
    }

    /// <summary>Reads a table: a list of rows with <c>name</c>, optional <c>id</c>, optional
    /// <c>when</c> (<c>plan</c>, <c>industry</c>, <c>maturity</c>, <c>potential</c>: a value or a
    /// list; levels low/medium/high), and <c>touch</c> (low/mid/high), <c>expertise</c>
    /// (product/business/technical), <c>csm_profile</c> (growth/junior/senior_expert/consultant),
    /// <c>actions</c> (a list of text). The table may also be written
    /// <c>{ name: NAME, rows: [...] }</c> to keep its name.</summary>
    public static CoverageTable FromConfig(ConfigNode node)
    {
        string? name0 = null;
        if (node.IsMapping)
        {
            node.AllowOnly("name", "rows");
            name0 = node.Optional("name")?.Text();
            node = node.Required("rows");
        }
        var rows = new List<CoverageRule>();
        foreach (var item in node.Items())
        {
            item.AllowOnly("id", "name", "when", "touch", "expertise", "csm_profile", "actions");
            var name = item.Required("name").Text();
            IReadOnlyList<string>? plans = null, industries = null;
            IReadOnlyList<AxisLevel>? maturity = null, potential = null;
            if (item.Optional("when") is { } when)
            {
                when.AllowOnly("plan", "industry", "maturity", "potential");
                plans = when.Optional("plan")?.Texts();
                industries = when.Optional("industry")?.Texts();
                maturity = when.Optional("maturity")?.Items().Select(Level).ToList();
                potential = when.Optional("potential")?.Items().Select(Level).ToList();
            }
            var recommendation = new CoverageRecommendation(
                Parse<TouchLevel>(item.Required("touch")),
                Parse<Expertise>(item.Required("expertise")),
                Parse<CsmProfile>(item.Required("csm_profile")),
                item.Optional("actions")?.Texts() ?? []);
            rows.Add(new CoverageRule(item.Optional("id")?.Text() ?? SegmentIds.FromName(name), name, plans, industries, maturity, potential, recommendation));
        }
        return new CoverageTable(name0 ?? node.File ?? "user table", rows, node.File);
    }

    private static AxisLevel Level(ConfigNode n) => Parse<AxisLevel>(n);

    private static T Parse<T>(ConfigNode n) where T : struct, Enum
    {
        var text = n.Text().Replace("_", "").Replace("-", "").Replace(" ", "");
        return Enum.TryParse<T>(text, ignoreCase: true, out var v) && Enum.IsDefined(v) && !int.TryParse(text, out _)
            ? v
            : throw n.Error($"'{n.Text()}' is not a {typeof(T).Name} value",
                $"use one of: {string.Join(", ", Enum.GetNames<T>().Select(x => SegmentIds.FromName(System.Text.RegularExpressions.Regex.Replace(x, "(?<=[a-z])(?=[A-Z])", " "))))}");
    }
}
