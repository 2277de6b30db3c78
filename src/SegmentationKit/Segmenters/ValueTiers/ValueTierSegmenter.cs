using SegmentationKit.Errors;

namespace SegmentationKit.Segmenters.ValueTiers;

/// <summary>Large / Medium / Small (or other) value tiers. With shares, <see cref="Fit"/> turns the
/// shares into value thresholds: customers are ranked by value, highest first; tier j ends after
/// round(cumulative share × n) customers (half away from zero), and its threshold is the value of
/// that last customer. <b>Tie rule:</b> every customer whose value equals a threshold joins the
/// higher tier, so equal values always share a tier and a tier may hold a little more than its
/// share. Customers with no value go to the explicit "Value missing" segment.</summary>
public sealed class ValueTierSegmenter : ISegmenter<ValueTierModel>
{
    public ValueTierSegmenter(ValueTierOptions? options = null)
    {
        Options = options ?? new ValueTierOptions();
        Options.Validate();
    }

    public ValueTierOptions Options { get; }

    public ValueTierModel Fit(SegmentationData data)
    {
        if (Options.Mode == ValueTierMode.Plan)
        {
            data.Customers.Categorical(Options.PlanColumn);
            return new ValueTierModel(Options.PlanColumn, Options.Mode, Options.PlanLevels.Reverse().ToArray(), [], Options.Shares);
        }
        var values = data.Customers.Numeric(Options.Column).PresentValues();
        if (Options.Mode == ValueTierMode.Thresholds)
            return new ValueTierModel(Options.Column, Options.Mode, Options.Tiers, Options.Thresholds!.ToArray(), Options.Shares);
        if (values.Length == 0)
            throw new ModelException($"value tiers: column '{Options.Column}' has no values in {data.Customers.Source}. Fix: fill it, or choose another column");
        Array.Sort(values);
        Array.Reverse(values);
        var thresholds = new double[Options.Tiers.Count - 1];
        var cumulative = 0.0;
        for (var j = 0; j < thresholds.Length; j++)
        {
            cumulative += Options.Shares[j];
            var k = (int)Math.Round(cumulative * values.Length, MidpointRounding.AwayFromZero);
            thresholds[j] = k >= 1 ? values[Math.Min(k, values.Length) - 1] : double.PositiveInfinity;
        }
        return new ValueTierModel(Options.Column, Options.Mode, Options.Tiers, thresholds, Options.Shares);
    }
}
