using SegmentationKit.Errors;
using SegmentationKit.Segmenters.Configuration;

namespace SegmentationKit.Segmenters.Lifecycle;

/// <summary>Thresholds of <see cref="LifecycleSegmenter"/>, with their defaults. Days count back from
/// the reference (as-of) date; shares are 0–1.</summary>
public sealed record LifecycleOptions
{
    /// <summary>Onboarding: tenure (reference date − signup date) below this many days. Default 90.</summary>
    public int OnboardingDays { get; init; } = 90;

    /// <summary>Adopting: tenure below this many days (the first year by default, 365) …</summary>
    public int AdoptingDays { get; init; } = 365;

    /// <summary>… or <c>feature_adoption</c> below this share. Default 0.3.</summary>
    public double AdoptingMaxFeatureAdoption { get; init; } = 0.3;

    /// <summary>Dormant: <c>weekly_active_users</c> below this. Default 1 (less than one user a week).</summary>
    public double DormantMaxWeeklyActiveUsers { get; init; } = 1;

    /// <summary>Dormant: or <c>logins_per_week</c> per active user below this. Default 1.</summary>
    public double DormantMaxLoginsPerWeek { get; init; } = 1;

    /// <summary>At risk: share of seats in use (<c>weekly_active_users</c> ÷ <c>seats</c>) below this. Default 0.25.</summary>
    public double AtRiskMaxSeatUsage { get; init; } = 0.25;

    /// <summary>At risk: or an answered <c>nps</c> at most this (a detractor). Default 6.</summary>
    public double AtRiskMaxNps { get; init; } = 6;

    /// <summary>At risk: or revenue of the last 12 months at least this share below the 12 months
    /// before (with transactions). Default 0.1 (a 10 % drop).</summary>
    public double AtRiskRevenueDrop { get; init; } = 0.1;

    /// <summary>Expanding: revenue of the last 12 months at least this share above the 12 months
    /// before (with transactions). Default 0.2 (20 % growth).</summary>
    public double ExpandingMinRevenueGrowth { get; init; } = 0.2;

    /// <summary>Expanding: or share of seats in use at least this (outgrowing the seats bought). Default 0.9.</summary>
    public double ExpandingMinSeatUsage { get; init; } = 0.9;

    /// <summary>Reactivated / dormant (with transactions and <c>billing_period</c>): a lapse is a
    /// gap between recurring invoices longer than the billing interval (31 days monthly, 366
    /// annual) plus this many days. Default 60.</summary>
    public int LapseGraceDays { get; init; } = 60;

    /// <summary>Reactivated: invoicing resumed after a lapse within this many days of the reference date. Default 180.</summary>
    public int ReactivatedWithinDays { get; init; } = 180;

    public void Validate()
    {
        void Days(string key, int v)
        {
            if (v < 0) throw new ConfigurationException(null, $"lifecycle.{key}", $"must be a number of days ≥ 0, got {v}", "give e.g. 90");
        }
        void Share(string key, double v)
        {
            if (!(v >= 0 && v <= 1)) throw new ConfigurationException(null, $"lifecycle.{key}", $"must be a share between 0 and 1, got {v}", "write 0.2 for 20 %");
        }
        void NonNegative(string key, double v)
        {
            if (!(v >= 0) || !double.IsFinite(v)) throw new ConfigurationException(null, $"lifecycle.{key}", $"must be a number ≥ 0, got {v}", "give e.g. 1");
        }
        Days("onboarding_days", OnboardingDays);
        Days("adopting_days", AdoptingDays);
        Days("lapse_grace_days", LapseGraceDays);
        Days("reactivated_within_days", ReactivatedWithinDays);
        if (AdoptingDays < OnboardingDays)
            throw new ConfigurationException(null, "lifecycle.adopting_days", $"({AdoptingDays}) is shorter than onboarding_days ({OnboardingDays})",
                "adopting follows onboarding: make adopting_days at least onboarding_days");
        Share("adopting_max_feature_adoption", AdoptingMaxFeatureAdoption);
        NonNegative("dormant_max_weekly_active_users", DormantMaxWeeklyActiveUsers);
        NonNegative("dormant_max_logins_per_week", DormantMaxLoginsPerWeek);
        Share("at_risk_max_seat_usage", AtRiskMaxSeatUsage);
        if (!(AtRiskMaxNps >= 0 && AtRiskMaxNps <= 10)) throw new ConfigurationException(null, "lifecycle.at_risk_max_nps", $"must be between 0 and 10, got {AtRiskMaxNps}", "give e.g. 6 (detractors)");
        Share("at_risk_revenue_drop", AtRiskRevenueDrop);
        NonNegative("expanding_min_revenue_growth", ExpandingMinRevenueGrowth);
        Share("expanding_min_seat_usage", ExpandingMinSeatUsage);
        if (ExpandingMinSeatUsage <= AtRiskMaxSeatUsage)
            throw new ConfigurationException(null, "lifecycle.expanding_min_seat_usage", $"({ExpandingMinSeatUsage}) must be above at_risk_max_seat_usage ({AtRiskMaxSeatUsage})",
                "a customer cannot both under-use and outgrow its seats");
    }

    /// <summary>Reads the <c>lifecycle:</c> section (every key optional):
    /// <code>
    /// onboarding_days: 90
    /// adopting_days: 365
    /// adopting_max_feature_adoption: 0.3
    /// dormant_max_weekly_active_users: 1
    /// dormant_max_logins_per_week: 1
    /// at_risk_max_seat_usage: 0.25
    /// at_risk_max_nps: 6
    /// at_risk_revenue_drop: 0.1
    /// expanding_min_revenue_growth: 0.2
    /// expanding_min_seat_usage: 0.9
    /// lapse_grace_days: 60
    /// reactivated_within_days: 180
    /// </code></summary>
    public static LifecycleOptions FromConfig(ConfigNode node)
    {
        node.AllowOnly("onboarding_days", "adopting_days", "adopting_max_feature_adoption", "dormant_max_weekly_active_users", "dormant_max_logins_per_week",
            "at_risk_max_seat_usage", "at_risk_max_nps", "at_risk_revenue_drop", "expanding_min_revenue_growth", "expanding_min_seat_usage",
            "lapse_grace_days", "reactivated_within_days");
        var d = new LifecycleOptions();
        var o = d with
        {
            OnboardingDays = node.Optional("onboarding_days")?.Integer() ?? d.OnboardingDays,
            AdoptingDays = node.Optional("adopting_days")?.Integer() ?? d.AdoptingDays,
            AdoptingMaxFeatureAdoption = node.Optional("adopting_max_feature_adoption")?.Number() ?? d.AdoptingMaxFeatureAdoption,
            DormantMaxWeeklyActiveUsers = node.Optional("dormant_max_weekly_active_users")?.Number() ?? d.DormantMaxWeeklyActiveUsers,
            DormantMaxLoginsPerWeek = node.Optional("dormant_max_logins_per_week")?.Number() ?? d.DormantMaxLoginsPerWeek,
            AtRiskMaxSeatUsage = node.Optional("at_risk_max_seat_usage")?.Number() ?? d.AtRiskMaxSeatUsage,
            AtRiskMaxNps = node.Optional("at_risk_max_nps")?.Number() ?? d.AtRiskMaxNps,
            AtRiskRevenueDrop = node.Optional("at_risk_revenue_drop")?.Number() ?? d.AtRiskRevenueDrop,
            ExpandingMinRevenueGrowth = node.Optional("expanding_min_revenue_growth")?.Number() ?? d.ExpandingMinRevenueGrowth,
            ExpandingMinSeatUsage = node.Optional("expanding_min_seat_usage")?.Number() ?? d.ExpandingMinSeatUsage,
            LapseGraceDays = node.Optional("lapse_grace_days")?.Integer() ?? d.LapseGraceDays,
            ReactivatedWithinDays = node.Optional("reactivated_within_days")?.Integer() ?? d.ReactivatedWithinDays,
        };
        ConfigErrors.InFile(node.File, () => o.Validate());
        return o;
    }
}
