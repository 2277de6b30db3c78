namespace SegmentationKit.Profiling;

/// <summary>What a group of customers is worth. Every property is null when the data lacks what it
/// needs (no <c>arr</c> column, no transaction log, …).</summary>
/// <param name="Arr">Annual recurring revenue, currency units per year.</param>
/// <param name="Mrr">Monthly recurring revenue, currency units per month.</param>
/// <param name="TransactionRevenue">Revenue in the transaction log up to the as-of date, currency
/// units; a customer of the table with no order counts with revenue 0 (they bought nothing).</param>
/// <param name="SaasClv">SaaS lifetime value per customer, currency units: ARR × gross margin ÷
/// the group's churn rate, the share of the group flagged <c>churned</c>, read as an annual rate (see
/// <see cref="ProfileSettings"/> for the margin and the cap). Each segment uses its own churn rate;
/// <see cref="AmountKpi.ShareOfBase"/> is the segment's share of the sum over all segments.</param>
/// <param name="SaasClvCapped">True when the group's churn rate was below the floor
/// 1 ÷ <see cref="ProfileSettings.MaxLifetimeYears"/> and the floor was used instead.</param>
/// <param name="TransactionalClv">Discounted BG/NBD × Gamma-Gamma lifetime value over the horizon,
/// currency units per customer (see <see cref="ProfileSettings"/>).</param>
/// <param name="ProbabilityAlive">Mean BG/NBD probability 0–1 that a customer is still active.</param>
/// <param name="ExpectedPurchases">Mean BG/NBD expected number of purchases over the horizon.</param>
public sealed record ValueKpis(
    AmountKpi? Arr,
    AmountKpi? Mrr,
    AmountKpi? TransactionRevenue,
    AmountKpi? SaasClv,
    bool SaasClvCapped,
    AmountKpi? TransactionalClv,
    KpiValue? ProbabilityAlive,
    KpiValue? ExpectedPurchases);
