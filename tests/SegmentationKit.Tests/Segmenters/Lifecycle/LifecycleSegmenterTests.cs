using SegmentationKit.Data;
using SegmentationKit.Errors;
using SegmentationKit.Segmenters;
using SegmentationKit.Segmenters.Configuration;
using SegmentationKit.Segmenters.Lifecycle;

namespace SegmentationKit.Tests.Segmenters.Lifecycle;

/// <summary>Lifecycle stages on hand-worked customers, at the reference date 2026-06-30 with the
/// default thresholds (onboarding &lt; 90 days, adopting &lt; 365 days or adoption &lt; 0.3, dormant
/// &lt; 1 weekly user or &lt; 1 login, at risk: seat usage &lt; 0.25 or NPS ≤ 6 or revenue −10 %,
/// expanding: revenue +20 % or seat usage ≥ 0.9).</summary>
public class LifecycleSegmenterTests
{
    private static readonly DateOnly AsOf = new(2026, 6, 30);
    private static readonly LifecycleModel Default = new(new LifecycleOptions());

    /// <summary>A healthy established customer: 2 years, 8 of 10 seats used, 5 logins, adoption 0.6, NPS 9.</summary>
    private static LifecycleSignals Healthy => new(SignedUp: true, Churned: false, TenureDays: 730, WeeklyActiveUsers: 8, LoginsPerWeek: 5,
        FeatureAdoption: 0.6, SeatUsage: 0.8, Nps: 9, RevenueChange: 0.0);

    public static TheoryData<string, LifecycleSignals, LifecycleStage> Cases => new()
    {
        { "healthy", Healthy, LifecycleStage.Active },
        { "unanswered NPS and no revenue history are no signal", Healthy with { Nps = double.NaN, RevenueChange = double.NaN }, LifecycleStage.Active },
        { "signed up after the reference date", Healthy with { SignedUp = false, Churned = true }, LifecycleStage.NotYetSignedUp },
        { "churned", Healthy with { Churned = true }, LifecycleStage.Churned },
        // Ties: churned beats every other signal.
        { "churned and reactivated", Healthy with { Churned = true, ReactivatedRecently = true }, LifecycleStage.Churned },
        { "churned and new", Healthy with { Churned = true, TenureDays = 10 }, LifecycleStage.Churned },
        { "churned and dormant", Healthy with { Churned = true, WeeklyActiveUsers = 0 }, LifecycleStage.Churned },
        { "reactivated", Healthy with { ReactivatedRecently = true }, LifecycleStage.Reactivated },
        { "reactivated and dormant", Healthy with { ReactivatedRecently = true, WeeklyActiveUsers = 0.2 }, LifecycleStage.Reactivated },
        { "onboarding (89 days)", Healthy with { TenureDays = 89 }, LifecycleStage.Onboarding },
        { "onboarding and dormant", Healthy with { TenureDays = 30, WeeklyActiveUsers = 0, LoginsPerWeek = 0 }, LifecycleStage.Onboarding },
        { "90 days is past onboarding: adopting", Healthy with { TenureDays = 90 }, LifecycleStage.Adopting },
        { "dormant: under one weekly user", Healthy with { WeeklyActiveUsers = 0.9 }, LifecycleStage.Dormant },
        { "dormant: under one login", Healthy with { LoginsPerWeek = 0.5 }, LifecycleStage.Dormant },
        { "dormant: invoices lapsed", Healthy with { Lapsed = true }, LifecycleStage.Dormant },
        { "dormant and at risk", Healthy with { WeeklyActiveUsers = 0.5, SeatUsage = 0.05, Nps = 2 }, LifecycleStage.Dormant },
        { "at risk: few seats used", Healthy with { SeatUsage = 0.24 }, LifecycleStage.AtRisk },
        { "at risk: detractor", Healthy with { Nps = 6 }, LifecycleStage.AtRisk },
        { "at risk: revenue down 10 %", Healthy with { RevenueChange = -0.1 }, LifecycleStage.AtRisk },
        { "at risk and adopting", Healthy with { Nps = 3, TenureDays = 200 }, LifecycleStage.AtRisk },
        { "at risk and expanding", Healthy with { Nps = 5, RevenueChange = 0.5 }, LifecycleStage.AtRisk },
        { "adopting: first year", Healthy with { TenureDays = 364 }, LifecycleStage.Adopting },
        { "adopting: few features", Healthy with { FeatureAdoption = 0.29 }, LifecycleStage.Adopting },
        { "adopting and expanding", Healthy with { TenureDays = 200, SeatUsage = 0.95 }, LifecycleStage.Adopting },
        { "expanding: revenue up 20 %", Healthy with { RevenueChange = 0.2 }, LifecycleStage.Expanding },
        { "expanding: 90 % of seats used", Healthy with { SeatUsage = 0.9 }, LifecycleStage.Expanding },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_customer_gets_the_first_stage_of_the_precedence_that_applies(string why, LifecycleSignals signals, LifecycleStage expected) =>
        Default.StageOf(signals).Should().Be(expected, why);

    [Fact]
    public void Precedence_is_written_in_the_parameters()
    {
        LifecycleModel.Precedence.Should().Be("not_yet_signed_up > churned > reactivated > onboarding > dormant > at_risk > adopting > expanding > active");
    }

    /// <summary>Seven customers whose stage comes from the files: dates, usage columns and invoices.</summary>
    private static SegmentationData Base(DateOnly? asOf = null)
    {
        string[] ids = ["new", "gone", "leaving_later", "future", "grower", "lapsed", "back"];
        DateOnly D(string s) => DateOnly.Parse(s);
        var table = new CustomerTable("customers.csv", ids,
        [
            new DateColumn(CustomerColumns.SignupDate, [D("2026-05-01"), D("2022-01-10"), D("2022-01-10"), D("2026-08-01"), D("2023-01-01"), D("2023-01-01"), D("2023-01-01")]),
            new BooleanColumn(CustomerColumns.Churned, [false, true, true, false, false, false, false]),
            new DateColumn(CustomerColumns.ChurnDate, [null, D("2025-03-01"), D("2026-09-01"), null, null, null, null]),
            new NumericColumn(CustomerColumns.WeeklyActiveUsers, [3, 5, 8, 2, 8, 8, 8]),
            new NumericColumn(CustomerColumns.Seats, [10, 10, 10, 10, 10, 10, 10]),
            new NumericColumn(CustomerColumns.LoginsPerWeek, [4, 4, 4, 4, 4, 4, 4]),
            new NumericColumn(CustomerColumns.FeatureAdoption, [0.2, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5]),
            new NumericColumn(CustomerColumns.Nps, [double.NaN, 9, 9, 9, 9, 9, 9]),
            new CategoricalColumn(CustomerColumns.BillingPeriod, [0, 0, 0, 0, 0, 0, 0], ["monthly"]),
        ]);
        var tx = new List<(string Id, DateOnly Date, double Amount)>();
        // grower: 100 a month for the year to 2025-06-30, then 130 a month: revenue +30 %.
        for (var m = 0; m < 24; m++) tx.Add(("grower", D("2024-07-15").AddMonths(m), m < 12 ? 100 : 130));
        // leaving_later: steady 100 a month (its churn is after the reference date).
        for (var m = 0; m < 24; m++) tx.Add(("leaving_later", D("2024-07-15").AddMonths(m), 100));
        // lapsed: invoices stop after 2026-02-15 (135 days before the reference date > 31 + 60).
        for (var m = 0; m < 20; m++) tx.Add(("lapsed", D("2024-07-15").AddMonths(m), 100));
        // back: invoices to 2025-09-15, none until 2026-03-15 (181 days), then monthly again.
        for (var m = 0; m < 15; m++) tx.Add(("back", D("2024-07-15").AddMonths(m), 100));
        for (var m = 0; m < 4; m++) tx.Add(("back", D("2026-03-15").AddMonths(m), 100));
        var log = new TransactionLog("transactions.csv", tx.Select(t => t.Id).ToArray(), tx.Select(t => t.Date).ToArray(), tx.Select(t => t.Amount).ToArray());
        return new SegmentationData(table, log, asOf ?? AsOf);
    }

    [Fact]
    public void Stages_come_from_the_files_as_known_at_the_reference_date()
    {
        var seg = new LifecycleSegmenter().Fit(Base()).Assign(Base());
        seg.SegmentIds.Should().Equal("onboarding", "churned", "active", "not_yet_signed_up", "expanding", "dormant", "reactivated");
        seg.AsOf.Should().Be(AsOf);
        seg.CustomerMeasures["revenue_change"][4].Should().BeApproximately(0.3, 1e-12);
        seg.CustomerMeasures["tenure_days"][0].Should().Be(60);
        seg.Parameters["precedence"].Should().StartWith("not_yet_signed_up > churned");
        seg.Warnings.Should().BeEmpty();
        // A year earlier: "gone" had not churned yet (2025-03-01 > 2025-01-31)… and "back" had not lapsed.
        var earlier = new LifecycleSegmenter().Fit(Base(new DateOnly(2025, 1, 31))).Assign(Base(new DateOnly(2025, 1, 31)));
        earlier.SegmentIds[1].Should().NotBe("churned");
        earlier.SegmentIds[6].Should().Be("active");
    }

    [Fact]
    public void Every_customer_is_in_exactly_one_stage_of_the_catalog_and_runs_are_deterministic()
    {
        var a = new LifecycleSegmenter().Fit(Base()).Assign(Base());
        var b = new LifecycleSegmenter().Fit(Base()).Assign(Base());
        a.ToJson().Should().Be(b.ToJson());
        a.Sizes().Sum().Should().Be(7);
        a.Segments.Select(s => s.Id).Should().OnlyHaveUniqueItems().And.HaveCount(9);
    }

    [Fact]
    public void Yaml_overrides_thresholds_and_rejects_bad_ones_with_the_key()
    {
        var root = ConfigNode.Parse("lifecycle:\n  onboarding_days: 30\n  expanding_min_seat_usage: 0.75\n", "seg.yaml");
        var segmenter = (LifecycleSegmenter)SegmenterConfig.Build("lifecycle", root);
        segmenter.Options.OnboardingDays.Should().Be(30);
        segmenter.Options.ExpandingMinSeatUsage.Should().Be(0.75);
        segmenter.Options.AdoptingDays.Should().Be(365);
        var seg = segmenter.Fit(Base()).Assign(Base());
        seg.SegmentIds[0].Should().Be("adopting", "60 days is past a 30-day onboarding, and adoption 0.2 < 0.3");
        seg.Parameters["onboarding_days"].Should().Be("30");

        var bad = () => SegmenterConfig.Build("lifecycle", ConfigNode.Parse("lifecycle:\n  at_risk_max_seat_usage: 1.5\n", "seg.yaml"));
        bad.Should().Throw<ConfigurationException>().WithMessage("seg.yaml: lifecycle.at_risk_max_seat_usage: must be a share between 0 and 1*Fix:*");
        var typo = () => SegmenterConfig.Build("lifecycle", ConfigNode.Parse("lifecycle:\n  onboard_days: 30\n", "seg.yaml"));
        typo.Should().Throw<ConfigurationException>().WithMessage("*unknown key 'onboard_days'*");
    }

    [Fact]
    public void Model_and_segmentation_round_trip_through_json()
    {
        var options = new LifecycleOptions { OnboardingDays = 45, AtRiskMaxNps = 5, ReactivatedWithinDays = 90 };
        var model = new LifecycleModel(options);
        var back = LifecycleModel.FromJson(model.ToJson());
        back.Options.Should().Be(options);
        back.Assign(Base()).ToJson().Should().Be(model.Assign(Base()).ToJson());
        var seg = model.Assign(Base());
        Segmentation.FromJson(seg.ToJson()).ToJson().Should().Be(seg.ToJson());
    }

    [Fact]
    public void Without_transactions_the_rules_that_need_them_are_skipped_with_a_warning()
    {
        var data = Base() with { Transactions = null };
        var seg = new LifecycleSegmenter().Fit(data).Assign(data);
        seg.SegmentIds.Should().Equal("onboarding", "churned", "active", "not_yet_signed_up", "active", "active", "active");
        seg.Warnings.Single().En.Should().Contain("without transactions");
        seg.Parameters["signals_missing"].Should().Be("transactions");
    }

    [Fact]
    public void A_reference_date_is_required()
    {
        var data = Base() with { AsOf = null, Transactions = null };
        var act = () => new LifecycleSegmenter().Fit(data).Assign(data);
        act.Should().Throw<ConfigurationException>().WithMessage("--as-of: lifecycle stages need a reference date*Fix:*");
    }
}
