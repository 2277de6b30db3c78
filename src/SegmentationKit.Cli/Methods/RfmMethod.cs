using SegmentationKit.Cli.Infrastructure;
using SegmentationKit.Segmenters;
using SegmentationKit.Segmenters.Rfm;

namespace SegmentationKit.Cli.Methods;

/// <summary><c>--method rfm</c>: recency, frequency, monetary scores from --transactions at --as-of.</summary>
public sealed class RfmMethod : RuleBasedMethod
{
    public override string Name => "rfm";
    public override string Description => "RFM scores and named segments from --transactions";
    public override bool NeedsTransactions => true;
    public override IReadOnlyList<string>? AssignmentColumns => RfmModel.MeasureNames;

    /// <summary>On files, as every rule-based method; with <c>--db</c>, measures and cut points come
    /// from the database (<see cref="Engines.Warehouse.WarehouseRfm"/>) and are scored here.</summary>
    public override Segmentation Run(SegmentRunContext context)
    {
        if (context.WarehouseRfm is not { } warehouse) return base.Run(context);
        var segmenter = (RfmSegmenter)SegmenterConfig.Build(Name, context.Config);
        var measures = warehouse.Measures(segmenter.Options.WindowDays, segmenter.Options.Monetary);
        var model = warehouse.Fit(segmenter, measures);
        Describe(model, context);
        context.FittedModel = model;
        return model.Assign(context.Loaded.Customers, measures, model.FittedAsOf);
    }

    protected override void Describe(ISegmentationModel model, SegmentRunContext context)
    {
        var m = (RfmModel)model;
        context.Note($"Cut points (type-7 quantiles + 1 unless given): recency days {m.Recency.Describe()}; frequency {m.Frequency.Describe()}; monetary {m.MonetaryScale.Describe()}");
    }
}
