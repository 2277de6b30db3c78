using System.Globalization;
using System.Text.Json;
using SegmentationKit.Data;
using SegmentationKit.Errors;

namespace SegmentationKit.Segmenters.ValueTiers;

/// <summary>Fitted value tiers: the value thresholds (or the plan levels). A customer is in the first
/// tier whose threshold their value reaches (value ≥ threshold), else in the last tier; so new
/// customers are tiered exactly as the training customers were. Immutable.</summary>
public sealed class ValueTierModel : ISegmentationModel
{
    public static SegmentDefinition NoValue { get; } =
        new("no_value", "Value missing", "The value (or plan) is missing, so no tier applies.", "value missing");

    public ValueTierModel(string column, ValueTierMode mode, IReadOnlyList<string> tiers, IReadOnlyList<double> thresholds, IReadOnlyList<double> shares)
    {
        Column = column;
        Mode = mode;
        Tiers = tiers.ToArray();
        Thresholds = thresholds.ToArray();
        Shares = shares.ToArray();
    }

    public string Method => "value";
    public string Column { get; }
    public ValueTierMode Mode { get; }
    /// <summary>Tier names, highest value first (for plans: highest plan first).</summary>
    public IReadOnlyList<string> Tiers { get; }
    /// <summary>Lowest value of each tier but the last, currency units (+∞ for an empty tier).</summary>
    public IReadOnlyList<double> Thresholds { get; }
    public IReadOnlyList<double> Shares { get; }

    public IReadOnlyList<SegmentDefinition> Catalog()
    {
        var list = new List<SegmentDefinition>();
        for (var j = 0; j < Tiers.Count; j++)
        {
            var definition = Mode == ValueTierMode.Plan ? $"{Column} = {Tiers[j]}"
                : j == 0 ? $"{Column} ≥ {F(Thresholds[0])}"
                : j == Tiers.Count - 1 ? $"{Column} < {F(Thresholds[j - 1])}"
                : $"{F(Thresholds[j])} ≤ {Column} < {F(Thresholds[j - 1])}";
            var description = Mode switch
            {
                ValueTierMode.Shares => $"{Tiers[j]} customers by {Column}: about {Shares[j].ToString("0.#%", CultureInfo.InvariantCulture)} of the customers when fitted.",
                ValueTierMode.Plan => $"Customers on the {Tiers[j]} plan.",
                _ => $"{Tiers[j]} customers by {Column}.",
            };
            list.Add(new SegmentDefinition(SegmentIds.FromName(Tiers[j]), Tiers[j], description, definition));
        }
        list.Add(NoValue);
        return list;
    }

    public Segmentation Assign(SegmentationData data)
    {
        var table = data.Customers;
        var ids = Catalog().Select(s => s.Id).ToArray();
        var segments = new string[table.RowCount];
        if (Mode == ValueTierMode.Plan)
        {
            var plan = table.Categorical(Column);
            var tierOfLevel = plan.Levels.Select(l => Array.IndexOf(Tiers.ToArray(), l)).ToArray();
            for (var i = 0; i < segments.Length; i++)
            {
                var code = plan.Codes[i];
                if (code < 0) { segments[i] = NoValue.Id; continue; }
                if (tierOfLevel[code] < 0)
                    throw new DataValidationException(table.Source, null, Column, plan.Levels[code], "the plan is not one of the plan levels",
                        $"use one of {string.Join(", ", Tiers.Reverse())}, or list it in the plan levels");
                segments[i] = ids[tierOfLevel[code]];
            }
        }
        else
        {
            var values = table.Numeric(Column).Values;
            for (var i = 0; i < segments.Length; i++)
            {
                var v = values[i];
                if (double.IsNaN(v)) { segments[i] = NoValue.Id; continue; }
                var tier = Thresholds.Count;
                for (var j = 0; j < Thresholds.Count; j++)
                    if (v >= Thresholds[j]) { tier = j; break; }
                segments[i] = ids[tier];
            }
        }
        var parameters = new Dictionary<string, string>
        {
            ["column"] = Column,
            ["mode"] = Mode.ToString().ToLowerInvariant(),
            ["tiers"] = string.Join(", ", Tiers),
        };
        if (Mode == ValueTierMode.Shares)
        {
            parameters["shares"] = string.Join(", ", Shares.Select(F));
            parameters["tie_rule"] = "equal values share a tier; ties at a boundary join the higher tier";
        }
        if (Mode != ValueTierMode.Plan) parameters["thresholds"] = string.Join(", ", Thresholds.Select(F));
        var warnings = Mode == ValueTierMode.Shares ? TierShareCheck.Warnings(this, table.Numeric(Column).Values.ToArray(), segments, ids) : [];
        return new Segmentation(Method, parameters, data.AsOf, Catalog(), table.CustomerIds, segments, warnings: warnings);
    }

    /// <summary>The fitted model as JSON (thresholds, tiers, mode).</summary>
    public string ToJson() => JsonSerializer.Serialize(new Dto(Column, Mode.ToString(), Tiers.ToArray(), Thresholds.ToArray(), Shares.ToArray()), SegmentationJson.Options);

    public static ValueTierModel FromJson(string json)
    {
        var d = JsonSerializer.Deserialize<Dto>(json, SegmentationJson.Options) ?? throw new ModelException("empty value-tier model JSON", "save the model again with the kit (ToJson)");
        return new ValueTierModel(d.Column, Enum.Parse<ValueTierMode>(d.Mode), d.Tiers, d.Thresholds, d.Shares);
    }

    private sealed record Dto(string Column, string Mode, string[] Tiers, double[] Thresholds, double[] Shares);

    private static string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
