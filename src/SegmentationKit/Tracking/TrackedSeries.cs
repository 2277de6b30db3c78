namespace SegmentationKit.Tracking;

/// <summary>A tracked series: its snapshots, <c>tracking.json</c>'s result and the trends.</summary>
public sealed record TrackedSeries(IReadOnlyList<Snapshot> Snapshots, TrackingResult Result, TrackingTrends Trends);
