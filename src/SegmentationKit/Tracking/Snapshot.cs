using SegmentationKit.Profiling;

namespace SegmentationKit.Tracking;

/// <summary>One date of a tracked series: the segmentation of the base as known then, which of its
/// customers were still customers (not churned) that day, and the profile when one was made.</summary>
/// <param name="AsOf">The snapshot date.</param>
/// <param name="Segmentation">Every customer signed up by <paramref name="AsOf"/>, churned or not, in a segment.</param>
/// <param name="Active">Ids of the customers active at <paramref name="AsOf"/>: the ones "present" in
/// the transitions (see <see cref="SegmentTransition"/>).</param>
/// <param name="Profile">The segments' KPIs at that date, or null.</param>
public sealed record Snapshot(DateOnly AsOf, Segmentation Segmentation, IReadOnlySet<string> Active, PortfolioProfile? Profile = null);
