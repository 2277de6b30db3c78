using SegmentationKit.Errors;

namespace SegmentationKit.Retention;

/// <summary>The shifted-beta-geometric (sBG) model of contract duration (Fader &amp; Hardie 2007,
/// "How to Project Customer Retention", Journal of Interactive Marketing 21(1)). Each customer
/// renews at the end of every period with her own constant probability 1 − θ; θ varies across
/// customers as Beta(α, β). Heterogeneity is why a cohort's retention rate rises with tenure: the
/// customers likely to leave leave first. Periods are contract periods (a year, a month): period 0
/// is the one the customer signed up for, and T ≥ 1 is the period at whose start she is gone.
/// Immutable.</summary>
public sealed record ShiftedBetaGeometric
{
    public ShiftedBetaGeometric(double alpha, double beta)
    {
        if (!(alpha > 0) || !double.IsFinite(alpha)) throw new ConfigurationException(null, "alpha", $"must be a positive number, got {alpha}", "fit the model on renewal counts");
        if (!(beta > 0) || !double.IsFinite(beta)) throw new ConfigurationException(null, "beta", $"must be a positive number, got {beta}", "fit the model on renewal counts");
        Alpha = alpha;
        Beta = beta;
    }

    /// <summary>First shape parameter of the Beta distribution of churn probabilities θ.</summary>
    public double Alpha { get; }

    /// <summary>Second shape parameter; mean churn probability in the first period is α / (α + β).</summary>
    public double Beta { get; }

    /// <summary>P(T = t), t ≥ 1: the probability that a new customer is lost at the end of period t − 1,
    /// so that period t is the first she does not pay for. P(T = 1) = α / (α + β);
    /// P(T = t) = P(T = t − 1) · (β + t − 2) / (α + β + t − 1).</summary>
    public double ChurnProbability(int t)
    {
        if (t < 1) throw new ArgumentOutOfRangeException(nameof(t), t, "periods start at 1");
        var p = Alpha / (Alpha + Beta);
        for (var k = 2; k <= t; k++) p *= (Beta + k - 2) / (Alpha + Beta + k - 1);
        return p;
    }

    /// <summary>S(t) = P(T &gt; t): the share 0–1 of a new cohort still active in period t. S(0) = 1;
    /// S(t) = S(t − 1) − P(T = t), computed as the product of the retention rates (the same value,
    /// without the cancellation of a difference).</summary>
    public double Survival(int t)
    {
        if (t < 0) throw new ArgumentOutOfRangeException(nameof(t), t, "periods start at 0");
        var s = 1.0;
        for (var k = 1; k <= t; k++) s *= RetentionRate(k);
        return s;
    }

    /// <summary>S(0) … S(<paramref name="horizon"/>).</summary>
    public double[] SurvivalCurve(int horizon)
    {
        var curve = new double[horizon + 1];
        curve[0] = 1;
        for (var t = 1; t <= horizon; t++) curve[t] = curve[t - 1] * RetentionRate(t);
        return curve;
    }

    /// <summary>r(t) = S(t) / S(t − 1) = (β + t − 1) / (α + β + t − 1), t ≥ 1: the share 0–1 of the
    /// customers active in period t − 1 who renew for period t. It rises with t.</summary>
    public double RetentionRate(int t)
    {
        if (t < 1) throw new ArgumentOutOfRangeException(nameof(t), t, "periods start at 1");
        return (Beta + t - 1) / (Alpha + Beta + t - 1);
    }

    /// <summary>The log-likelihood of renewal data (Fader &amp; Hardie 2007, eq. 6, generalised to
    /// customers observed for different numbers of periods): Σ_t lost(t) · ln P(T = t) +
    /// Σ_n censored(n) · ln S(n).</summary>
    public double LogLikelihood(RenewalCounts counts)
    {
        var ll = 0.0;
        var p = Alpha / (Alpha + Beta);
        var s = 1.0;
        for (var t = 1; t <= counts.Periods; t++)
        {
            if (t > 1) p *= (Beta + t - 2) / (Alpha + Beta + t - 1);
            s *= RetentionRate(t);
            if (counts.Lost[t] > 0) ll += counts.Lost[t] * Math.Log(p);
            if (counts.Censored[t] > 0) ll += counts.Censored[t] * Math.Log(s);
        }
        return ll;
    }

    /// <summary>Discounted expected residual lifetime (Fader &amp; Hardie 2010, "Customer-Base Valuation
    /// in a Contractual Setting: The Perils of Ignoring Heterogeneity", Marketing Science 29(1), eq. 6):
    /// for a customer who has made <paramref name="renewals"/> renewals (she is active in period n =
    /// renewals), the expected number of further payments, each discounted by (1 + d) per period and
    /// valued just before her next renewal decision (so the next payment is not discounted):
    /// Σ_{t &gt; n} S(t) / S(n) / (1 + d)^(t − n − 1)
    /// = (β + n) / (α + β + n) · ₂F₁(1, β + n + 1; α + β + n + 1; 1 / (1 + d)).
    /// The paper writes it for a customer in contract period n' = n + 1, who has made n' − 1 renewals.
    /// Multiply by the margin per period for the residual lifetime value.</summary>
    /// <param name="discountRate">Discount rate per period, &gt; 0 (e.g. 0.1 for 10 % a period).</param>
    public double DiscountedExpectedResidualLifetime(double discountRate, int renewals)
    {
        if (!(discountRate > 0) || !double.IsFinite(discountRate))
            throw new ConfigurationException(null, "discount_rate", $"must be a positive rate per period, got {discountRate}",
                "give e.g. 0.1 for 10 % a period (without discounting the expected lifetime is infinite when α ≤ 1)");
        if (renewals < 0) throw new ArgumentOutOfRangeException(nameof(renewals), renewals, "renewals cannot be negative");
        var n = renewals;
        return (Beta + n) / (Alpha + Beta + n) * Hypergeometric.TwoFOne(1, Beta + n + 1, Alpha + Beta + n + 1, 1 / (1 + discountRate));
    }

    /// <summary>The naive residual lifetime that assumes every customer renews with the same constant
    /// probability <paramref name="retentionRate"/> (e.g. the observed first-period retention):
    /// Σ_{k ≥ 0} r^(k+1) / (1 + d)^k = r (1 + d) / (1 + d − r), on the same footing as
    /// <see cref="DiscountedExpectedResidualLifetime"/>. Ignoring heterogeneity, it undervalues the
    /// customers who stay (Fader &amp; Hardie 2010).</summary>
    public static double NaiveDiscountedResidualLifetime(double retentionRate, double discountRate) =>
        retentionRate * (1 + discountRate) / (1 + discountRate - retentionRate);
}
