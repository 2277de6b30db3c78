namespace SegmentationKit.Profiling;

/// <summary>What a group of customers is worth. Every property is null when the data lacks what it
/// needs (no <c>arr</c> column, no transaction log, …). Recurring revenue is <b>active</b> revenue:
/// it counts only customers still active at the as-of date (see <see cref="ActiveCustomers"/>); what
/// churned customers used to pay is <see cref="ArrLostToChurn"/>.</summary>
/// <param name="Arr">Active annual recurring revenue, currency units per year: the customers not
/// churned at the as-of date; its share is of the base's active ARR.</param>
/// <param name="Mrr">Active monthly recurring revenue, currency units per month, as <paramref name="Arr"/>.</param>
/// <param name="TransactionRevenue">Revenue in the transaction log up to the as-of date, currency
/// units; a customer of the table with no order counts with revenue 0 (they bought nothing).</param>
/// <param name="SaasClv">SaaS lifetime value per active customer, currency units: ARR × gross margin ÷
/// the group's churn rate, the share of the group flagged <c>churned</c>, read as an annual rate (see
/// <see cref="ProfileSettings"/> for the margin and the cap). Each segment uses its own churn rate;
/// <see cref="AmountKpi.ShareOfBase"/> is the segment's share of the sum over all segments.</param>
/// <param name="SaasClvCapped">True when the group's churn rate was below the floor
/// 1 ÷ <see cref="ProfileSettings.MaxLifetimeYears"/> and the floor was used instead.</param>
/// <param name="TransactionalClv">Discounted BG/NBD × Gamma-Gamma lifetime value over the horizon,
/// currency units per customer (see <see cref="ProfileSettings"/>).</param>
/// <param name="ProbabilityAlive">Mean BG/NBD probability 0–1 that a customer is still active.</param>
/// <param name="ExpectedPurchases">Mean BG/NBD expected number of purchases over the horizon.</param>
/// <param name="ActiveCustomers">Customers active at the as-of date (all of them without a churn flag).</param>
/// <param name="ArrLostToChurn">ARR of the customers who churned by the as-of date, currency units
/// per year: revenue the group has lost; its share is of the base's lost ARR.</param>
/// <param name="ArrAtRisk">Active ARR expected to churn within a year at the group's churn rate
/// (active ARR × churn rate), currency units per year.</param>
/// <param name="SubscriptionClv">Subscription lifetime value per active customer from renewal history,
/// currency units: ARR × gross margin × the discounted expected residual lifetime of the group's
/// shifted-beta-geometric model at the customer's tenure (see docs/retention.md); null without signup
/// and churn dates, or when the group's renewals cannot be fitted.</param>
public sealed record ValueKpis(
    AmountKpi? Arr,
    AmountKpi? Mrr,
    AmountKpi? TransactionRevenue,
    AmountKpi? SaasClv,
    bool SaasClvCapped,
    AmountKpi? TransactionalClv,
    KpiValue? ProbabilityAlive,
    KpiValue? ExpectedPurchases,
    int? ActiveCustomers = null,
    AmountKpi? ArrLostToChurn = null,
    double? ArrAtRisk = null,
    AmountKpi? SubscriptionClv = null)
{
    /// <summary>Which CLV the profile shows, by the kit's rule: the sBG subscription CLV where renewal
    /// history gives one ("subscription_sbg"), else the SaaS formula ("saas_formula"), else the
    /// transactional BG/NBD × Gamma-Gamma CLV ("transactional"); null when there is none.</summary>
    public string? ClvShown =>
        SubscriptionClv is { CustomerCount: > 0 } ? "subscription_sbg"
        : SaasClv is { CustomerCount: > 0 } ? "saas_formula"
        : TransactionalClv is { CustomerCount: > 0 } ? "transactional"
        : null;

    /// <summary>The CLV named by <see cref="ClvShown"/>.</summary>
    public AmountKpi? ShownClv() => ClvShown switch
    {
        "subscription_sbg" => SubscriptionClv,
        "saas_formula" => SaasClv,
        "transactional" => TransactionalClv,
        _ => null,
    };

    /// <summary>Share 0–1 of the group's ARR (active and lost) that churned customers held; null
    /// without ARR or a churn flag.</summary>
    public double? ChurnedArrShare =>
        Arr is { } a && ArrLostToChurn is { } l && a.Sum + l.Sum > 0 ? l.Sum / (a.Sum + l.Sum) : null;

    /// <summary>Mean ARR per customer over active and churned customers alike (what the group was
    /// worth), currency units per year; null without ARR.</summary>
    public double? MeanArrAllCustomers =>
        Arr is { } a ? (ArrLostToChurn is { } l ? (a.Sum + l.Sum) / Math.Max(1, a.CustomerCount + l.CustomerCount) : a.Mean) : null;
}
