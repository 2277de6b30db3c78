namespace SegmentationKit.Tracking;

/// <summary>How often a schedule takes a snapshot: at every month end or every quarter end.</summary>
public enum SnapshotFrequency
{
    Month,
    Quarter,
}
