using SegmentationKit.Cli.Infrastructure;
using SegmentationKit.Segmenters;

namespace SegmentationKit.Cli.Methods;

/// <summary>The methods configured by <see cref="SegmenterConfig"/> (rules, rfm, value, maturity,
/// cross): build from --config and --set, fit on the loaded customers, assign them.</summary>
public abstract class RuleBasedMethod : ISegmentMethod
{
    public abstract string Name { get; }
    public abstract string Description { get; }
    public virtual bool NeedsTransactions => false;
    public virtual IReadOnlyList<string>? AssignmentColumns => null;

    public virtual Segmentation Run(SegmentRunContext context) => Fit(context).Assign(context.Data);

    public virtual ISegmentationModel Fit(SegmentRunContext context)
    {
        var model = SegmenterConfig.Build(Name, context.Config).Fit(context.Data);
        Describe(model, context);
        context.FittedModel = model;
        return model;
    }

    /// <summary>Adds lines about the fitted model to the console output.</summary>
    protected virtual void Describe(ISegmentationModel model, SegmentRunContext context)
    {
    }
}
