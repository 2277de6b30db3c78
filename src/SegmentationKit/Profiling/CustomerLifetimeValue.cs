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
        // The horizon's unit steps: 1, 2, …, the horizon itself last.
        var steps = new double[(int)Math.Ceiling(horizon)];
        for (var s = 0; s < steps.Length; s++) steps[s] = Math.Min(s + 1, horizon);
        var discounts = steps.Select(t => Math.Pow(1 + perUnit, t)).ToArray();
        // E[X(t)]'s numerator depends only on (x, T): computed once per distinct pair for every step
        // (most customers share theirs with many others), divided per customer by the denominator.
        // The same operations as ExpectedPurchases, so the same bits.
        var keyOf = new int[customers.Count];
        var keys = new Dictionary<(double X, double T), int>();
        var keyList = new List<(double X, double T)>();
        for (var i = 0; i < customers.Count; i++)
        {
            var key = (customers[i].Frequency, customers[i].T);
            if (!keys.TryGetValue(key, out var k))
            {
                keys[key] = k = keyList.Count;
                keyList.Add(key);
            }
            keyOf[i] = k;
        }
        var numerators = new double[keyList.Count][];
        Parallel.For(0, keyList.Count, k =>
        {
            var (x, t) = keyList[k];
            var row = new double[steps.Length];
            for (var s = 0; s < steps.Length; s++) row[s] = bgNbd.ExpectedPurchasesNumerator(steps[s], x, t);
            numerators[k] = row;
        });
        var result = new ClvPrediction[customers.Count];
        Parallel.For(0, customers.Count, i =>
        {
            var c = customers[i];
            var numerator = numerators[keyOf[i]];
            var denominator = bgNbd.ExpectedPurchasesDenominator(c.Frequency, c.Recency, c.T);
            var alive = bgNbd.ProbabilityAlive(c.Frequency, c.Recency, c.T);
            var expected = numerator[^1] / denominator;
            double spend = double.NaN, clv = double.NaN;
            if (gammaGamma is not null)
            {
                spend = gammaGamma.ExpectedAverageSpend(c.Frequency, c.MonetaryValue);
                clv = 0;
                double previous = 0;
                for (var s = 0; s < steps.Length; s++)
                {
                    var cumulative = numerator[s] / denominator;
                    clv += (cumulative - previous) * spend / discounts[s];
                    previous = cumulative;
                }
            }
            result[i] = new ClvPrediction(c.CustomerId, alive, expected, spend, clv);
        });
        return result;
    }
}
