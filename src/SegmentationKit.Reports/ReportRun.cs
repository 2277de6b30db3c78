using SegmentationKit.Profiling;
using SegmentationKit.Tracking;

namespace SegmentationKit.Reports;

/// <summary>One profiled segmentation to report on, with the label it is shown under (e.g. "rfm").</summary>
public sealed record ReportRun(string Label, PortfolioProfile Profile)
{
    /// <summary>When the run is the last snapshot of a tracked series: the series' transitions and
    /// trends, for the overview's "What moved since the last snapshot" section; null otherwise.</summary>
    public TrackedRunHistory? History { get; init; }
}
