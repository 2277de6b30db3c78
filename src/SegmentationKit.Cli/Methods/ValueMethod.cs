using SegmentationKit.Cli.Infrastructure;
using SegmentationKit.Segmenters.ValueTiers;

namespace SegmentationKit.Cli.Methods;

/// <summary><c>--method value</c>: value tiers by ARR/MRR (20/40/40 by count by default) or plan.</summary>
public sealed class ValueMethod : RuleBasedMethod
{
    public override string Name => "value";
    public override string Description => "Large/Medium/Small value tiers by ARR (20/40/40 by count by default)";

    protected override void Describe(ISegmentationModel model, SegmentRunContext context)
    {
        var m = (ValueTierModel)model;
        if (m.Mode == ValueTierMode.Plan) return;
        var pareto = ParetoSummary.Compute(context.Data.Customers, m.Column);
        context.Note("Share of " + m.Column + " held by the top customers: " +
                     string.Join(", ", pareto.Points.Select(p => $"top {p.TopShare:0.#%} {p.RevenueShare:0.0%}")));
    }
}
