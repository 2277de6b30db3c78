using System.Globalization;
using SegmentationKit.Data;
using SegmentationKit.Errors;
using SegmentationKit.Segmenters.Configuration;

namespace SegmentationKit.Segmenters.ValueTiers;

/// <summary>Options of <see cref="ValueTierSegmenter"/>. Default: ARR, Large / Medium / Small with
/// 20 % / 40 % / 40 % of the customers by count.</summary>
public sealed record ValueTierOptions
{
    /// <summary>Value column, currency units: <c>arr</c> (default) or <c>mrr</c>, or any numeric column.</summary>
    public string Column { get; init; } = CustomerColumns.Arr;

    public ValueTierMode Mode { get; init; } = ValueTierMode.Shares;

    /// <summary>Tier names from the highest value down. Default Large, Medium, Small.</summary>
    public IReadOnlyList<string> Tiers { get; init; } = ["Large", "Medium", "Small"];

    /// <summary>Share 0–1 of the customers in each tier (same order as <see cref="Tiers"/>, sum 1).</summary>
    public IReadOnlyList<double> Shares { get; init; } = [0.2, 0.4, 0.4];

    /// <summary>For <see cref="ValueTierMode.Thresholds"/>: the lowest value of every tier but the
    /// last, decreasing, currency units (e.g. 50000, 10000: Large ≥ 50000 &gt; Medium ≥ 10000 &gt; Small).</summary>
    public IReadOnlyList<double>? Thresholds { get; init; }

    /// <summary>For <see cref="ValueTierMode.Plan"/>: the plan column.</summary>
    public string PlanColumn { get; init; } = CustomerColumns.Plan;

    /// <summary>For <see cref="ValueTierMode.Plan"/>: plan levels, lowest first.</summary>
    public IReadOnlyList<string> PlanLevels { get; init; } = CustomerColumns.PlanLevels;

    /// <summary>Checks the options together; the message names the option.</summary>
    public void Validate()
    {
        switch (Mode)
        {
            case ValueTierMode.Shares:
                if (Tiers.Count < 2) throw new ConfigurationException(null, "value.tiers", "at least two tiers are needed", "list two or more tier names, e.g. tiers: [Top, Rest]");
                if (Shares.Count != Tiers.Count)
                    throw new ConfigurationException(null, "value.shares", $"{Shares.Count} shares for {Tiers.Count} tiers", "give one share per tier");
                if (Shares.Any(s => !(s >= 0 && s <= 1)))
                    throw new ConfigurationException(null, "value.shares", "every share must be between 0 and 1", "write 0.2 for 20 %");
                var sum = Shares.Sum();
                if (Math.Abs(sum - 1) > 1e-9)
                    throw new ConfigurationException(null, "value.shares", $"the shares add up to {sum.ToString("0.###", CultureInfo.InvariantCulture)}, not 1", "make them add up to 1");
                break;
            case ValueTierMode.Thresholds:
                if (Thresholds is null || Thresholds.Count != Tiers.Count - 1)
                    throw new ConfigurationException(null, "value.thresholds", $"{Thresholds?.Count ?? 0} thresholds for {Tiers.Count} tiers",
                        $"give {Tiers.Count - 1} lower bounds, highest tier first");
                for (var i = 1; i < Thresholds.Count; i++)
                    if (!(Thresholds[i] < Thresholds[i - 1]))
                        throw new ConfigurationException(null, $"value.thresholds[{i}]", "thresholds must decrease, highest tier first", "sort the thresholds from high to low");
                break;
            case ValueTierMode.Plan:
                if (PlanLevels.Count == 0) throw new ConfigurationException(null, "value.plan_levels", "no plan levels given", "list the plans from highest to lowest, e.g. plan_levels: [Enterprise, Premium, Standard]");
                if (PlanLevels.Distinct(StringComparer.Ordinal).Count() != PlanLevels.Count)
                    throw new ConfigurationException(null, "value.plan_levels", "a plan level is listed twice", "list each plan once");
                break;
        }
        var names = Mode == ValueTierMode.Plan ? PlanLevels : Tiers;
        var ids = names.Select(SegmentIds.FromName).ToList();
        if (ids.Distinct(StringComparer.Ordinal).Count() != ids.Count)
            throw new ConfigurationException(null, Mode == ValueTierMode.Plan ? "value.plan_levels" : "value.tiers", "two names give the same segment id", "give every tier a distinct name");
        if (ids.Contains(ValueTierModel.NoValue.Id))
            throw new ConfigurationException(null, Mode == ValueTierMode.Plan ? "value.plan_levels" : "value.tiers",
                $"'{ValueTierModel.NoValue.Name}' is reserved for customers without a value", "choose another name");
    }

    /// <summary>Reads options from YAML (every key optional):
    /// <code>
    /// column: arr              # or mrr
    /// mode: shares             # shares, thresholds or plan (thresholds when 'thresholds' is given)
    /// tiers: [Large, Medium, Small]
    /// shares: [0.2, 0.4, 0.4]
    /// thresholds: [50000, 10000]
    /// plan_column: plan
    /// plan_levels: [Freemium, Access, Standard, Premium, Enterprise]
    /// </code></summary>
    public static ValueTierOptions FromConfig(ConfigNode node)
    {
        node.AllowOnly("column", "mode", "tiers", "shares", "thresholds", "plan_column", "plan_levels");
        var o = new ValueTierOptions();
        if (node.Optional("column") is { } c) o = o with { Column = c.Text() };
        if (node.Optional("tiers") is { } t) o = o with { Tiers = t.Texts() };
        if (node.Optional("shares") is { } s) o = o with { Shares = s.Numbers() };
        if (node.Optional("thresholds") is { } th) o = o with { Thresholds = th.Numbers(), Mode = ValueTierMode.Thresholds };
        if (node.Optional("plan_column") is { } pc) o = o with { PlanColumn = pc.Text() };
        if (node.Optional("plan_levels") is { } pl) o = o with { PlanLevels = pl.Texts() };
        if (node.Optional("mode") is { } m)
            o = o with
            {
                Mode = m.Text() switch
                {
                    "shares" => ValueTierMode.Shares,
                    "thresholds" => ValueTierMode.Thresholds,
                    "plan" => ValueTierMode.Plan,
                    var x => throw m.Error($"'{x}' is not a value-tier mode", "write shares, thresholds or plan"),
                },
            };
        ConfigErrors.InFile(node.File, () => o.Validate());
        return o;
    }
}
