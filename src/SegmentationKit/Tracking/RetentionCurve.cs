namespace SegmentationKit.Tracking;

/// <summary>Of the customers present in a segment at the first snapshot (the segment of origin), the
/// share still customers (present, in any segment) at each snapshot: 1 at the first.</summary>
/// <param name="Customers">Customers present in the segment at the first snapshot.</param>
/// <param name="Retained">Share 0–1 per snapshot, parallel to the series' dates.</param>
public sealed record RetentionCurve(string SegmentId, string Name, int Customers, IReadOnlyList<double> Retained);
