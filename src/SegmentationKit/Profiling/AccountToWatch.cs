namespace SegmentationKit.Profiling;

/// <summary>One active account a segment's owner should look at: among the largest by value, with
/// the warning signs it shows against the whole base.</summary>
/// <param name="CustomerId">The customer's id.</param>
/// <param name="Value">ARR (or, without ARR, revenue in the transaction log), currency units.</param>
/// <param name="ValueMeasure">"arr" or "revenue": what <paramref name="Value"/> is.</param>
/// <param name="WarningSigns">Keys of the signs it shows: "detractor" (NPS 0–6), "low_usage" (logins
/// per week in the base's lowest quarter), "low_adoption" (feature adoption in the base's lowest
/// quarter), "many_tickets" (support tickets in the base's highest quarter).</param>
public sealed record AccountToWatch(string CustomerId, double Value, string ValueMeasure, IReadOnlyList<string> WarningSigns);
