using SegmentationKit.Errors;

namespace SegmentationKit.Profiling;

/// <summary>How profiles are computed; every choice is recorded in the profile it produced.
/// Defaults are stated on each property.</summary>
public sealed record ProfileSettings
{
    /// <summary>Gross margin 0–1 applied to ARR in the SaaS CLV. Default 0.80, a usual SaaS figure.</summary>
    public double GrossMargin { get; init; } = 0.80;

    /// <summary>Longest customer lifetime the SaaS CLV assumes, years. When a group's annual churn
    /// rate is below 1 ÷ this (including 0), 1 ÷ this is used instead, so CLV stays finite.
    /// Default 10 years (a churn floor of 10 % a year).</summary>
    public double MaxLifetimeYears { get; init; } = 10;

    /// <summary>Family-wise significance level of the numeric-feature tests. Default 0.01.</summary>
    public double SignificanceLevel { get; init; } = 0.01;

    /// <summary>How many categories of each categorical column are listed per segment. Default 3.</summary>
    public int TopCategories { get; init; } = 3;

    /// <summary>Time unit of the BG/NBD fit on the transaction log. Default weeks.</summary>
    public ClvTimeUnit ClvTimeUnit { get; init; } = ClvTimeUnit.Weeks;

    /// <summary>Horizon of the transactional CLV and expected purchases, in <see cref="ClvTimeUnit"/>.
    /// Default 52 (one year in weeks).</summary>
    public double ClvHorizon { get; init; } = 52;

    /// <summary>Annual discount rate of the transactional CLV (0.10 = 10 % a year). Default 0.10.</summary>
    public double AnnualDiscountRate { get; init; } = 0.10;

    /// <summary>The test behind <see cref="NumericDifference.IsSignificant"/>, in words.</summary>
    public string SignificanceTest =>
        "Welch's two-sample t-test (two-sided) of each segment against the rest of the base, " +
        "Bonferroni-corrected over all segment × feature tests at the family-wise level given";

    /// <summary>Throws a <see cref="ConfigurationException"/> naming the first invalid setting.</summary>
    public ProfileSettings Validated()
    {
        if (!(GrossMargin > 0 && GrossMargin <= 1))
            throw new ConfigurationException(null, "gross_margin", $"must be in (0, 1], got {GrossMargin}", "give the margin as a share, e.g. 0.8 for 80 %");
        if (!(MaxLifetimeYears > 0) || double.IsInfinity(MaxLifetimeYears))
            throw new ConfigurationException(null, "max_lifetime_years", $"must be a positive number of years, got {MaxLifetimeYears}", "give e.g. 10");
        if (!(SignificanceLevel > 0 && SignificanceLevel < 1))
            throw new ConfigurationException(null, "significance_level", $"must be in (0, 1), got {SignificanceLevel}", "give e.g. 0.05");
        if (TopCategories < 1)
            throw new ConfigurationException(null, "top_categories", $"must be at least 1, got {TopCategories}", "give e.g. 3");
        if (!(ClvHorizon > 0) || double.IsInfinity(ClvHorizon))
            throw new ConfigurationException(null, "clv_horizon", $"must be a positive duration, got {ClvHorizon}", "give e.g. 52 weeks or 365 days");
        if (!(AnnualDiscountRate >= 0) || double.IsInfinity(AnnualDiscountRate))
            throw new ConfigurationException(null, "annual_discount_rate", $"must be ≥ 0, got {AnnualDiscountRate}", "give e.g. 0.10 for 10 % a year");
        return this;
    }
}
