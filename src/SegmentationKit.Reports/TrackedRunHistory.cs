using SegmentationKit.Tracking;

namespace SegmentationKit.Reports;

/// <summary>What a tracked series says about the run a report is made from (its last snapshot):
/// <c>tracking.json</c>'s transitions and <c>trends.json</c>'s flows and KPI series.</summary>
public sealed record TrackedRunHistory(TrackingResult Result, TrackingTrends Trends);
