using SegmentationKit.Cli.Infrastructure;
using SegmentationKit.Segmenters.Rfm;

namespace SegmentationKit.Cli.Methods;

/// <summary><c>--method rfm</c>: recency, frequency, monetary scores from --transactions at --as-of.</summary>
public sealed class RfmMethod : RuleBasedMethod
{
    public override string Name => "rfm";
    public override string Description => "RFM scores and named segments from --transactions";
    public override bool NeedsTransactions => true;
    public override IReadOnlyList<string>? AssignmentColumns => RfmModel.MeasureNames;

    protected override void Describe(ISegmentationModel model, SegmentRunContext context)
    {
        var m = (RfmModel)model;
        context.Note($"Cut points (type-7 quantiles + 1 unless given): recency days {m.Recency.Describe()}; frequency {m.Frequency.Describe()}; monetary {m.MonetaryScale.Describe()}");
    }
}
