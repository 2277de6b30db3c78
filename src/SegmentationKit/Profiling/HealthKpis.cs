namespace SegmentationKit.Profiling;

/// <summary>How healthy and engaged a group of customers is. Null when the column is absent.</summary>
/// <param name="ChurnRate">Share 0–1 of customers marked <c>churned</c>.</param>
/// <param name="ChurnRatioToBase">Churn rate ÷ the base's churn rate (1 for the base; null when the
/// base's churn rate is 0 or churn is absent).</param>
/// <param name="RetentionRate">1 − churn rate, share 0–1.</param>
/// <param name="Nps">Net Promoter answers.</param>
/// <param name="WeeklyActiveUsers">Mean weekly active users per customer.</param>
/// <param name="LoginsPerWeek">Mean logins per week per customer.</param>
/// <param name="FeatureAdoption">Mean share 0–1 of the product's features used.</param>
/// <param name="SupportTickets">Mean support tickets per customer over the last 12 months.</param>
public sealed record HealthKpis(
    KpiValue? ChurnRate,
    double? ChurnRatioToBase,
    KpiValue? RetentionRate,
    NpsKpi? Nps,
    KpiValue? WeeklyActiveUsers,
    KpiValue? LoginsPerWeek,
    KpiValue? FeatureAdoption,
    KpiValue? SupportTickets);
