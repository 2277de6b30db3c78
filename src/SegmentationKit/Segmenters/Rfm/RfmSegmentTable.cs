using SegmentationKit.Errors;
using SegmentationKit.Segmenters.Configuration;

namespace SegmentationKit.Segmenters.Rfm;

/// <summary>An ordered table of named RFM segments: first matching row wins; a customer no row
/// matches is in <see cref="Others"/>. Customers without an order in the window are never scored
/// and go to <see cref="NoPurchase"/>.</summary>
public sealed class RfmSegmentTable
{
    public RfmSegmentTable(string name, IReadOnlyList<RfmSegmentRule> rules)
    {
        Name = name;
        Rules = rules.ToArray();
    }

    /// <summary>"default", "rf_grid" or the file the table was read from.</summary>
    public string Name { get; }
    public IReadOnlyList<RfmSegmentRule> Rules { get; }

    public static SegmentDefinition Others { get; } =
        new("others", "Others", "Scores match no row of the segment table.", "no rule matched");

    public static SegmentDefinition NoPurchase { get; } =
        new("no_purchase", "No purchase in window", "No order in the analysis window, so no RFM scores.", "frequency = 0 in the window");

    /// <summary>The R package <c>rfm</c> 0.3.0 table (docs/segmentation-methods.md, "RFM"), for 5 bins.</summary>
    public static RfmSegmentTable Default { get; } = new("default",
    [
        Row("champions", "Champions", "Bought recently, buy often and spend the most.", 5, 5, 5, 5, 5, 5),
        Row("potential_loyalist", "Potential Loyalist", "Recent customers who spent a good amount and bought more than once.", 3, 5, 3, 5, 2, 5),
        Row("loyal_customers", "Loyal Customers", "Spend good money; responsive to promotions.", 2, 4, 2, 4, 2, 4),
        Row("promising", "Promising", "Recent shoppers who have not spent much yet.", 3, 4, 1, 3, 3, 5),
        Row("new_customers", "New Customers", "Bought recently, but not often.", 4, 5, 1, 3, 1, 5),
        Row("cant_lose_them", "Can't Lose Them", "Big and frequent purchases, but long ago.", 1, 2, 3, 4, 4, 5),
        Row("at_risk", "At Risk", "Spent big and purchased often, long ago.", 1, 2, 2, 5, 4, 5),
        Row("need_attention", "Need Attention", "Above-average recency, frequency and monetary values.", 1, 3, 3, 5, 3, 5),
        Row("about_to_sleep", "About To Sleep", "Below-average recency, frequency and monetary values.", 2, 3, 1, 3, 1, 4),
        Row("lost", "Lost", "Bought long ago.", 1, 1, 1, 5, 1, 5),
    ]);

    /// <summary>The R × F grid preset (no monetary; covers all 25 cells of 5 bins).</summary>
    public static RfmSegmentTable RecencyFrequencyGrid { get; } = new("rf_grid",
    [
        Grid("hibernating", "Hibernating", "Bought rarely and long ago.", 1, 2, 1, 2),
        Grid("at_risk", "At Risk", "Bought fairly often, but long ago.", 1, 2, 3, 4),
        Grid("cant_lose_them", "Can't Lose Them", "Bought most often, but long ago.", 1, 2, 5, 5),
        Grid("about_to_sleep", "About To Sleep", "Middling recency, few orders.", 3, 3, 1, 2),
        Grid("need_attention", "Need Attention", "Middling recency and frequency.", 3, 3, 3, 3),
        Grid("loyal_customers", "Loyal Customers", "Fairly recent and frequent.", 3, 4, 4, 5),
        Grid("promising", "Promising", "Fairly recent, one order so far.", 4, 4, 1, 1),
        Grid("new_customers", "New Customers", "Most recent, one order so far.", 5, 5, 1, 1),
        Grid("potential_loyalist", "Potential Loyalist", "Recent, a few orders.", 4, 5, 2, 3),
        Grid("champions", "Champions", "Most recent and most frequent.", 5, 5, 4, 5),
    ]);

    /// <summary>The full catalog: the table's rows, then Others, then No purchase in window.</summary>
    public IReadOnlyList<SegmentDefinition> Catalog() =>
        Rules.Select(r => new SegmentDefinition(r.Id, r.Name, r.Description, r.Definition)).Append(Others).Append(NoPurchase).ToList();

    /// <summary>Segment id for a customer's scores: the first matching row, else Others.</summary>
    public string Match(int r, int f, int m)
    {
        foreach (var rule in Rules)
            if (rule.Matches(r, f, m))
                return rule.Id;
        return Others.Id;
    }

    /// <summary>Checks the table against the number of bins; the message names the row and key.</summary>
    public void Validate(int bins, string? file = null)
    {
        if (Rules.Count == 0)
            throw new ConfigurationException(file ?? Name, "segments", "the segment table has no rows", "list at least one segment");
        var ids = new HashSet<string>(StringComparer.Ordinal) { Others.Id, NoPurchase.Id };
        for (var i = 0; i < Rules.Count; i++)
        {
            var rule = Rules[i];
            if (!ids.Add(rule.Id))
                throw new ConfigurationException(file ?? Name, $"segments[{i}].id", $"segment id '{rule.Id}' is used twice or is reserved",
                    "give every row its own id ('others' and 'no_purchase' are reserved)");
            Check(rule.R, "r");
            Check(rule.F, "f");
            if (rule.M is { } m) Check(m, "m");

            void Check(RfmScoreRange range, string key)
            {
                if (range.Min < 1 || range.Max > bins || range.Min > range.Max)
                    throw new ConfigurationException(file ?? Name, $"segments[{i}].{key}",
                        $"score range {range} of '{rule.Name}' is not within 1–{bins}",
                        bins == 5 ? "write a range like 3-5" : $"the table must be written for {bins} bins; give a table with --config");
            }
        }
    }

    /// <summary>Reads a user table: <c>segments:</c> a list of rows with <c>name</c>, optional
    /// <c>id</c> and <c>description</c>, and score ranges <c>r</c>, <c>f</c>, optional <c>m</c>,
    /// each written as <c>4</c>, <c>3-5</c> or <c>[3, 5]</c>.</summary>
    public static RfmSegmentTable FromConfig(ConfigNode node)
    {
        var rows = new List<RfmSegmentRule>();
        foreach (var item in node.Items())
        {
            item.AllowOnly("id", "name", "description", "r", "f", "m");
            var name = item.Required("name").Text();
            var id = item.Optional("id")?.Text() ?? SegmentIds.FromName(name);
            rows.Add(new RfmSegmentRule(id, name, item.Optional("description")?.Text() ?? "",
                Range(item.Required("r")), Range(item.Required("f")), item.Optional("m") is { } m ? Range(m) : null));
        }
        if (rows.Count == 0) throw node.Error("the segment table has no rows", "list at least one segment");
        return new RfmSegmentTable(node.File ?? "user table", rows);
    }

    private static RfmScoreRange Range(ConfigNode node)
    {
        if (node.IsSequence)
        {
            var n = node.Items();
            if (n.Count != 2) throw node.Error("a score range needs two values [min, max]", "write it as [4, 5] or \"4-5\"");
            return new RfmScoreRange(n[0].Integer(), n[1].Integer());
        }
        var text = node.Text().Replace('–', '-');
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length == 1 && int.TryParse(parts[0], out var single)) return new RfmScoreRange(single, single);
        if (parts.Length == 2 && int.TryParse(parts[0], out var lo) && int.TryParse(parts[1], out var hi)) return new RfmScoreRange(lo, hi);
        throw node.Error($"'{text}' is not a score range", "write a score (4), a range (3-5) or [3, 5]");
    }

    private static RfmSegmentRule Row(string id, string name, string description, int r0, int r1, int f0, int f1, int m0, int m1) =>
        new(id, name, description, new(r0, r1), new(f0, f1), new RfmScoreRange(m0, m1));

    private static RfmSegmentRule Grid(string id, string name, string description, int r0, int r1, int f0, int f1) =>
        new(id, name, description, new(r0, r1), new(f0, f1), null);
}
