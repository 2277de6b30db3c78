using SegmentationKit.Cli.Infrastructure;
using SegmentationKit.Segmenters;
using SegmentationKit.Segmenters.Clusters;
using SegmentationKit.Segmenters.Needs;

namespace SegmentationKit.Cli.Methods;

/// <summary><c>--method needs</c>: clusters of the need_* survey answers (--k, default 4), named by
/// their top needs; customers who did not answer form the "No answer" segment unless
/// <c>--set needs.no_answer=impute</c>.</summary>
public sealed class NeedsMethod : ISegmentMethod
{
    public bool TakesSegmentCount => true;

    public const int DefaultSegments = 4;

    public string Name => "needs";
    public string Description => "needs-survey clusters named by their top needs (--k, default 4), with a 'No answer' segment";
    public IReadOnlyList<string>? AssignmentColumns => ["needs_answered", "membership_probability"];

    public Segmentation Run(SegmentRunContext context) => Fit(context).Assign(context.Data);

    public ISegmentationModel Fit(SegmentRunContext context)
    {
        var options = ClusterConfig.ReadNeeds(SegmenterConfig.Section(context.Config, Name), context.K ?? DefaultSegments, context.Seed);
        var model = new NeedsSegmenter(options).Fit(context.Data);
        context.Note($"Needs segments from {model.Parameters["respondents"]} respondents on {model.Parameters["columns"]}; {model.Parameters["no_answer"]}.");
        return model;
    }
}
