using System.Globalization;
using System.Text.Json;
using SegmentationKit.Errors;
using SegmentationKit.Profiling;

namespace SegmentationKit.Segmenters.Lifecycle;

/// <summary>Lifecycle stages by fixed, documented thresholds (nothing is learned from the data, so
/// the model assigns any base exactly as it would its own). Every customer lands in exactly one
/// stage: the first of this precedence that applies —
/// not yet signed up → churned → reactivated → onboarding → dormant → at risk → adopting → expanding → active.
/// Churned customers are therefore always "Churned". Immutable.</summary>
public sealed class LifecycleModel : ISegmentationModel
{
    public LifecycleModel(LifecycleOptions options)
    {
        options.Validate();
        Options = options;
    }

    public string Method => "lifecycle";
    public LifecycleOptions Options { get; }

    /// <summary>The precedence, as written in the parameters and the docs.</summary>
    public static string Precedence => string.Join(" > ", Enum.GetValues<LifecycleStage>().Select(Id));

    public static string Id(LifecycleStage stage) => stage switch
    {
        LifecycleStage.NotYetSignedUp => "not_yet_signed_up",
        LifecycleStage.Churned => "churned",
        LifecycleStage.Reactivated => "reactivated",
        LifecycleStage.Onboarding => "onboarding",
        LifecycleStage.Dormant => "dormant",
        LifecycleStage.AtRisk => "at_risk",
        LifecycleStage.Adopting => "adopting",
        LifecycleStage.Expanding => "expanding",
        _ => "active",
    };

    /// <summary>The stage of one customer: the first rule of the precedence that holds.</summary>
    public LifecycleStage StageOf(LifecycleSignals s)
    {
        var o = Options;
        if (!s.SignedUp) return LifecycleStage.NotYetSignedUp;
        if (s.Churned) return LifecycleStage.Churned;
        if (s.ReactivatedRecently) return LifecycleStage.Reactivated;
        if (s.TenureDays < o.OnboardingDays) return LifecycleStage.Onboarding;
        if (s.Lapsed || s.WeeklyActiveUsers < o.DormantMaxWeeklyActiveUsers || s.LoginsPerWeek < o.DormantMaxLoginsPerWeek) return LifecycleStage.Dormant;
        if (s.SeatUsage < o.AtRiskMaxSeatUsage || s.Nps <= o.AtRiskMaxNps || s.RevenueChange <= -o.AtRiskRevenueDrop) return LifecycleStage.AtRisk;
        if (s.TenureDays < o.AdoptingDays || s.FeatureAdoption < o.AdoptingMaxFeatureAdoption) return LifecycleStage.Adopting;
        if (s.RevenueChange >= o.ExpandingMinRevenueGrowth || s.SeatUsage >= o.ExpandingMinSeatUsage) return LifecycleStage.Expanding;
        return LifecycleStage.Active;
    }

    public IReadOnlyList<SegmentDefinition> Catalog()
    {
        var o = Options;
        string P(double v) => v.ToString("0.##%", CultureInfo.InvariantCulture);
        string N(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
        return
        [
            new(Id(LifecycleStage.Onboarding), "Onboarding", $"New customers, signed up less than {o.OnboardingDays} days ago.",
                $"tenure < {o.OnboardingDays} days"),
            new(Id(LifecycleStage.Adopting), "Adopting", $"Customers in their first {o.AdoptingDays} days, or using few features.",
                $"tenure < {o.AdoptingDays} days or feature_adoption < {N(o.AdoptingMaxFeatureAdoption)}"),
            new(Id(LifecycleStage.Active), "Active", "Established customers with healthy use and stable revenue.", "none of the other stages"),
            new(Id(LifecycleStage.Expanding), "Expanding", "Customers whose revenue grows, or who use nearly every seat they bought.",
                $"revenue change ≥ +{P(o.ExpandingMinRevenueGrowth)} or seat usage ≥ {P(o.ExpandingMinSeatUsage)}"),
            new(Id(LifecycleStage.AtRisk), "At risk", "Customers who use the product but show warning signs: few seats in use, a detractor score or falling revenue.",
                $"seat usage < {P(o.AtRiskMaxSeatUsage)} or nps ≤ {N(o.AtRiskMaxNps)} or revenue change ≤ −{P(o.AtRiskRevenueDrop)}"),
            new(Id(LifecycleStage.Dormant), "Dormant", "Customers who have not left but barely use the product, or whose invoices stopped.",
                $"weekly_active_users < {N(o.DormantMaxWeeklyActiveUsers)} or logins_per_week < {N(o.DormantMaxLoginsPerWeek)} or no invoice for the billing interval + {o.LapseGraceDays} days"),
            new(Id(LifecycleStage.Churned), "Churned", "Customers who left by the reference date.", "churned with churn_date ≤ as-of date"),
            new(Id(LifecycleStage.Reactivated), "Reactivated", $"Customers who paid again within the last {o.ReactivatedWithinDays} days after a lapse in their invoices.",
                $"an invoice gap > billing interval + {o.LapseGraceDays} days, ended within {o.ReactivatedWithinDays} days"),
            new(Id(LifecycleStage.NotYetSignedUp), "Not yet signed up", "Rows whose signup date is after the reference date: not customers at that date.",
                "signup_date > as-of date"),
        ];
    }

    public Segmentation Assign(SegmentationData data)
    {
        var asOf = data.AsOf ?? throw new ConfigurationException(null, "--as-of", "lifecycle stages need a reference date",
            "pass --as-of YYYY-MM-DD (or --transactions, whose last date is then the reference)");
        var signals = LifecycleSignals.Compute(data, asOf, Options, out var missing);
        var segments = signals.Select(s => Id(StageOf(s))).ToArray();
        var measures = new Dictionary<string, double[]>
        {
            ["tenure_days"] = signals.Select(s => s.TenureDays).ToArray(),
            ["seat_usage"] = signals.Select(s => s.SeatUsage).ToArray(),
        };
        if (data.Transactions is not null) measures["revenue_change"] = signals.Select(s => s.RevenueChange).ToArray();
        var parameters = new Dictionary<string, string>
        {
            ["precedence"] = Precedence,
            ["onboarding_days"] = I(Options.OnboardingDays),
            ["adopting_days"] = I(Options.AdoptingDays),
            ["adopting_max_feature_adoption"] = R(Options.AdoptingMaxFeatureAdoption),
            ["dormant_max_weekly_active_users"] = R(Options.DormantMaxWeeklyActiveUsers),
            ["dormant_max_logins_per_week"] = R(Options.DormantMaxLoginsPerWeek),
            ["at_risk_max_seat_usage"] = R(Options.AtRiskMaxSeatUsage),
            ["at_risk_max_nps"] = R(Options.AtRiskMaxNps),
            ["at_risk_revenue_drop"] = R(Options.AtRiskRevenueDrop),
            ["expanding_min_revenue_growth"] = R(Options.ExpandingMinRevenueGrowth),
            ["expanding_min_seat_usage"] = R(Options.ExpandingMinSeatUsage),
            ["lapse_grace_days"] = I(Options.LapseGraceDays),
            ["reactivated_within_days"] = I(Options.ReactivatedWithinDays),
        };
        if (missing.Count > 0) parameters["signals_missing"] = string.Join(", ", missing);
        var warnings = missing.Count == 0 ? null : new List<LocalisedText>
        {
            new($"Lifecycle stages without {string.Join(", ", missing)}: the rules resting on them were skipped (see docs/segmentation-methods.md).",
                $"Étapes du cycle de vie sans {string.Join(", ", missing)} : les règles qui en dépendent n’ont pas été appliquées (voir docs/segmentation-methods.md)."),
        };
        return new Segmentation(Method, parameters, asOf, Catalog(), data.Customers.CustomerIds, segments, measures, warnings: warnings);
    }

    /// <summary>The model (its thresholds) as JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(Options, SegmentationJson.Options);

    public static LifecycleModel FromJson(string json) =>
        new(JsonSerializer.Deserialize<LifecycleOptions>(json, SegmentationJson.Options)
            ?? throw new ModelException("empty lifecycle model JSON", "save the model again with the kit (ToJson)"));

    private static string I(int v) => v.ToString(CultureInfo.InvariantCulture);
    private static string R(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
