namespace SegmentationKit.Retention;

/// <summary>One cohort's (or segment's) fitted retention, as written to retention.json.</summary>
/// <param name="Cohort">The cohort or segment.</param>
/// <param name="Alpha">Fitted α.</param>
/// <param name="Beta">Fitted β.</param>
/// <param name="LogLikelihood">Maximised log-likelihood over the observed periods.</param>
/// <param name="Customers">Customers the fit used.</param>
/// <param name="PeriodsObserved">The longest observation, in periods.</param>
/// <param name="ObservedSurvival">Observed share 0–1 still active, t = 0 … <paramref name="PeriodsObserved"/>
/// (Kaplan–Meier with censored customers; active(t) / active(0) for one cohort).</param>
/// <param name="Survival">The model's S(t), t = 0 … horizon, projected past the data.</param>
/// <param name="RetentionRate">The model's r(t), t = 1 … horizon.</param>
/// <param name="ExpectedResidualLifetime">DERL, in periods, of a customer active in the last
/// observed period (renewals = <paramref name="PeriodsObserved"/>), at the run's discount rate.</param>
/// <param name="ExpectedResidualLifetimeNew">DERL of a customer who has just signed up (renewals = 0).</param>
/// <param name="NaiveExpectedResidualLifetime">The same quantity by the naive formula: every customer
/// renews with the observed first-period retention, whatever her tenure.</param>
public sealed record CohortRetention(
    string Cohort,
    double Alpha,
    double Beta,
    double LogLikelihood,
    long Customers,
    int PeriodsObserved,
    IReadOnlyList<double> ObservedSurvival,
    IReadOnlyList<double> Survival,
    IReadOnlyList<double> RetentionRate,
    double ExpectedResidualLifetime,
    double ExpectedResidualLifetimeNew,
    double NaiveExpectedResidualLifetime);
