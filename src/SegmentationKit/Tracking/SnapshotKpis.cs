namespace SegmentationKit.Tracking;

/// <summary>Every segment's KPIs at one snapshot date, in catalog order.</summary>
public sealed record SnapshotKpis(DateOnly AsOf, IReadOnlyList<SegmentKpiPoint> Segments);
