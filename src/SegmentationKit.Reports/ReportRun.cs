using SegmentationKit.Profiling;

namespace SegmentationKit.Reports;

/// <summary>One profiled segmentation to report on, with the label it is shown under (e.g. "rfm").</summary>
public sealed record ReportRun(string Label, PortfolioProfile Profile);
