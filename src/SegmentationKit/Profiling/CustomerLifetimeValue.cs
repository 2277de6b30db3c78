using SegmentationKit.Errors;

namespace SegmentationKit.Profiling;

/// <summary>Customer lifetime value: the SaaS formula and the transactional BG/NBD × Gamma-Gamma one.</summary>
public static class CustomerLifetimeValue
{
    /// <summary>SaaS CLV = ARR × gross margin ÷ annual churn rate, currency units. When the churn rate
    /// is below 1 ÷ <paramref name="maxLifetimeYears"/> (including 0) that floor is used, so the value
    /// is at most ARR × margin × <paramref name="maxLifetimeYears"/>.</summary>
    public static double Saas(double arr, double grossMargin, double annualChurnRate, double maxLifetimeYears = 10) =>
        arr * grossMargin / Math.Max(annualChurnRate, 1 / maxLifetimeYears);

    /// <summary>Discount rate per time unit equivalent to an annual rate (compounded).</summary>
    public static double DiscountRatePerUnit(double annualDiscountRate, ClvTimeUnit unit) =>
        Math.Pow(1 + annualDiscountRate, PurchaseSummary.DaysPer(unit) / 365.25) - 1;

    /// <summary>Per-customer predictions over <paramref name="horizon"/> time units. CLV sums, over
    /// each time unit i of the horizon, the purchases expected in it (E[X(i)] − E[X(i − 1)]) times the
    /// expected spend, discounted by (1 + d)^i with d the per-unit rate of
    /// <paramref name="annualDiscountRate"/> (the lifetimes package's method, with unit steps).</summary>
    public static IReadOnlyList<ClvPrediction> Predict(BgNbdModel bgNbd, GammaGammaModel? gammaGamma, IReadOnlyList<PurchaseHistory> customers,
        double horizon, double annualDiscountRate, ClvTimeUnit unit)
    {
        if (!(horizon > 0) || double.IsInfinity(horizon))
            throw new ConfigurationException(null, "horizon", $"must be a positive duration, got {horizon}", "give e.g. 52 weeks or 365 days");
        if (!(annualDiscountRate >= 0) || double.IsInfinity(annualDiscountRate))
            throw new ConfigurationException(null, "discount_rate", $"must be ≥ 0, got {annualDiscountRate}", "give e.g. 0.10 for 10 % a year");
        var perUnit = DiscountRatePerUnit(annualDiscountRate, unit);
        var result = new ClvPrediction[customers.Count];
        Parallel.For(0, customers.Count, i =>
        {
            var c = customers[i];
            var alive = bgNbd.ProbabilityAlive(c.Frequency, c.Recency, c.T);
            var expected = bgNbd.ExpectedPurchases(horizon, c.Frequency, c.Recency, c.T);
            double spend = double.NaN, clv = double.NaN;
            if (gammaGamma is not null)
            {
                spend = gammaGamma.ExpectedAverageSpend(c.Frequency, c.MonetaryValue);
                clv = 0;
                double previous = 0;
                for (var step = 1; ; step++)
                {
                    var t = Math.Min(step, horizon);
                    var cumulative = bgNbd.ExpectedPurchases(t, c.Frequency, c.Recency, c.T);
                    clv += (cumulative - previous) * spend / Math.Pow(1 + perUnit, t);
                    previous = cumulative;
                    if (t >= horizon) break;
                }
            }
            result[i] = new ClvPrediction(c.CustomerId, alive, expected, spend, clv);
        });
        return result;
    }
}
