namespace SegmentationKit.Tracking;

/// <summary>One segment's KPIs at one snapshot, read from that snapshot's profile.</summary>
/// <param name="Customers">Customers in the segment, churned ones included (signed up by the date).</param>
/// <param name="ActiveCustomers">Those still customers at the date.</param>
/// <param name="ActiveArr">Active annual recurring revenue, currency units per year; null without ARR.</param>
/// <param name="ChurnRate">Share 0–1 of the segment churned by the date; null without a churn flag.</param>
/// <param name="MeanClv">Mean lifetime value per customer, currency units: the SaaS CLV where the
/// profile has one, else the transactional CLV; null when the profile has neither.</param>
/// <param name="ClvKind">"saas" or "transactional": which CLV <paramref name="MeanClv"/> is; null with it.</param>
public sealed record SegmentKpiPoint(
    string SegmentId,
    string Name,
    int Customers,
    int ActiveCustomers,
    double? ActiveArr,
    double? ChurnRate,
    double? MeanClv,
    string? ClvKind);
