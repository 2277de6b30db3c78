namespace SegmentationKit.Tracking;

/// <summary>Flows in and out of every segment between two consecutive snapshots.</summary>
/// <param name="Stability">Share 0–1 of the customers present at both dates who stayed in their segment.</param>
/// <param name="Segments">One flow per segment of either catalog: the later one's order, then segments
/// only the earlier one has.</param>
public sealed record TransitionSummary(DateOnly From, DateOnly To, double Stability, int PresentAtBoth, IReadOnlyList<SegmentFlow> Segments);
