using System.Text.Json;
using SegmentationKit.Errors;

namespace SegmentationKit.Retention;

/// <summary>The sBG model fitted to each cohort or segment, projected to a horizon and valued at a
/// discount rate: what <c>segkit retention</c> writes to retention.json.</summary>
public sealed class RetentionAnalysis
{
    private RetentionAnalysis(RetentionPeriod period, int horizon, double annualDiscountRate, double discountRatePerPeriod,
        IReadOnlyList<CohortRetention> cohorts, IReadOnlyList<RetentionFit> fits)
    {
        Period = period;
        Horizon = horizon;
        AnnualDiscountRate = annualDiscountRate;
        DiscountRatePerPeriod = discountRatePerPeriod;
        Cohorts = cohorts;
        Fits = fits;
    }

    public RetentionPeriod Period { get; }
    /// <summary>Last period of the projected curves.</summary>
    public int Horizon { get; }
    public double AnnualDiscountRate { get; }
    /// <summary>The annual rate compounded to one period: (1 + d)^(1/12) − 1 for months.</summary>
    public double DiscountRatePerPeriod { get; }
    public IReadOnlyList<CohortRetention> Cohorts { get; }
    public IReadOnlyList<RetentionFit> Fits { get; }

    /// <param name="horizon">Last period projected, ≥ 1 (the curves cover at least the observed periods).</param>
    /// <param name="annualDiscountRate">Discount rate per year, &gt; 0, e.g. 0.1.</param>
    public static RetentionAnalysis Fit(IReadOnlyList<RenewalCounts> groups, RetentionPeriod period, int horizon, double annualDiscountRate)
    {
        if (horizon < 1) throw new ConfigurationException(null, "horizon", $"must be at least 1 period, got {horizon}", "give e.g. --horizon 12");
        if (!(annualDiscountRate > 0) || !double.IsFinite(annualDiscountRate))
            throw new ConfigurationException(null, "discount_rate", $"must be a positive annual rate, got {annualDiscountRate}", "give e.g. 0.1 for 10 % a year");
        var perPeriod = period == RetentionPeriod.Year ? annualDiscountRate : Math.Pow(1 + annualDiscountRate, 1.0 / 12) - 1;
        var fits = groups.Select(ShiftedBetaGeometricFitter.Fit).ToList();
        var cohorts = fits.Select(f => Describe(f, horizon, perPeriod)).ToList();
        return new RetentionAnalysis(period, horizon, annualDiscountRate, perPeriod, cohorts, fits);
    }

    private static CohortRetention Describe(RetentionFit fit, int horizon, double perPeriod)
    {
        var m = fit.Model;
        var last = Math.Max(horizon, fit.Counts.Periods);
        var firstRetention = fit.Counts.ObservedRetention(1);
        return new CohortRetention(fit.Counts.Name, m.Alpha, m.Beta, fit.LogLikelihood, fit.Counts.Customers, fit.Counts.Periods,
            fit.Counts.ObservedSurvival(), m.SurvivalCurve(last),
            Enumerable.Range(1, last).Select(m.RetentionRate).ToArray(),
            m.DiscountedExpectedResidualLifetime(perPeriod, fit.Counts.Periods),
            m.DiscountedExpectedResidualLifetime(perPeriod, 0),
            ShiftedBetaGeometric.NaiveDiscountedResidualLifetime(firstRetention, perPeriod));
    }

    public string ToJson() => JsonSerializer.Serialize(new
    {
        period = Period.ToString().ToLowerInvariant(),
        horizon = Horizon,
        discount_rate = AnnualDiscountRate,
        discount_rate_per_period = DiscountRatePerPeriod,
        cohorts = Cohorts,
    }, SegmentationJson.Options);
}
