using SegmentationKit.Cli.Infrastructure;
using SegmentationKit.Segmenters.Cross;

namespace SegmentationKit.Cli.Methods;

/// <summary><c>--method cross</c>: the product of two or more segmentations with a minimum segment size.</summary>
public sealed class CrossMethod : RuleBasedMethod
{
    public override string Name => "cross";
    public override string Description => "crossed segmentations (default value tier × industry) with a minimum size";

    protected override void Describe(ISegmentationModel model, SegmentRunContext context)
    {
        var m = (CrossModel)model;
        foreach (var w in m.Warnings) context.Note($"warning: {w}");
        foreach (var merge in m.Merges) context.Note($"merged: {CrossModel.Describe(merge)}");
    }
}
