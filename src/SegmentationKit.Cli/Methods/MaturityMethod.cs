using SegmentationKit.Cli.Infrastructure;
using SegmentationKit.Segmenters.MaturityPotential;

namespace SegmentationKit.Cli.Methods;

/// <summary><c>--method maturity</c>: maturity × potential grid with the coverage model.</summary>
public sealed class MaturityMethod : RuleBasedMethod
{
    public override string Name => "maturity";
    public override string Description => "maturity × potential grid with a customer-success coverage model";
    public override IReadOnlyList<string>? AssignmentColumns => ["maturity_score", "potential_score", "maturity_level", "potential_level"];

    protected override void Describe(ISegmentationModel model, SegmentRunContext context)
    {
        foreach (var (id, r) in ((MaturityPotentialModel)model).Coverage.BySegment)
            context.Note(r.Actions.Count == 0 ? $"{id}: {r.Describe()}" : $"{id}: {r.Describe()} — {string.Join("; ", r.Actions)}");
    }
}
