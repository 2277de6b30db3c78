using SegmentationKit.Data;
using SegmentationKit.Errors;
using SegmentationKit.Profiling;

namespace SegmentationKit.Tests.Profiling;

/// <summary>KPIs on the 12-customer hand-built base of <see cref="ProfileSamples"/>; every expected
/// value is worked out by hand from the table in that file.</summary>
public class SegmentProfilerTests
{
    private static readonly PortfolioProfile Sample = ProfileSamples.Portfolio();

    [Fact]
    public void Accounts_to_look_at_are_active_with_warning_signs_first_then_by_arr()
    {
        // Support tickets of all 12 customers, sorted: 0 1 1 1 2 2 2 3 3 4 5 6; type-7 third quartile at
        // (12 − 1) × 0.75 = 8.25 → 3 + 0.25 × (4 − 3) = 3.25. Key: c04 has churned; c03 (120,000 ARR,
        // 4 tickets) shows "many_tickets" and comes first; c01 (60,000, NPS 9) and c02 (48,000, NPS 10)
        // show no sign. A detractor answers 0–6: c06 (NPS 3) would be one, but has churned.
        var p = ProfileSamples.Portfolio();
        p.Segment("key").Accounts!.Select(a => (a.CustomerId, a.Value, string.Join('+', a.WarningSigns)))
            .Should().Equal(("c03", 120000, "many_tickets"), ("c01", 60000, ""), ("c02", 48000, ""));
        p.Segment("key").Accounts!.Should().OnlyContain(a => a.ValueMeasure == "arr");
        // Core: nobody shows a sign, so by ARR: c07 14,400, c05 12,000, c11 10,800 (c06 churned).
        p.Segment("core").Accounts!.Select(a => a.CustomerId).Should().Equal("c07", "c05", "c11");
        // Small: only c09 is active; c08, c10, c12 have churned.
        p.Segment("small").Accounts!.Select(a => a.CustomerId).Should().Equal("c09");
        SegmentProfiler.AccountsListed.Should().Be(8, "docs/profiles-and-clv.md says a segment lists its 8 largest active accounts");
    }

    [Fact]
    public void Churn_ratio_is_the_segment_churn_rate_over_the_base_rate()
    {
        // Base: c04, c06, c08, c10, c12 churned → 5/12. Small (c08, c09, c10, c12): 3 of 4.
        Sample.Base.Health.ChurnRate!.Value.Should().BeApproximately(5.0 / 12, 1e-12);
        var small = Sample.Segment("small");
        small.Health.ChurnRate!.Value.Should().BeApproximately(0.75, 1e-12);
        small.Health.ChurnRatioToBase!.Value.Should().BeApproximately(0.75 / (5.0 / 12), 1e-12); // 1.8
        small.Health.RetentionRate!.Value.Should().BeApproximately(0.25, 1e-12);
        Sample.Base.Health.ChurnRatioToBase.Should().Be(1);
    }

    [Fact]
    public void Arr_shares_sum_over_customers_with_a_value_and_count_the_missing_one()
    {
        // ARR is active ARR: churned c04 36000, c06 9600, c08 2400, c10 (no ARR), c12 3000 are out.
        // Base = 60000+48000+120000+12000+14400+1800+10800 = 267000 over the 7 active customers.
        Sample.Base.Value.Arr!.Sum.Should().Be(267000);
        Sample.Base.Value.Arr.CustomerCount.Should().Be(7);
        Sample.Base.Value.Arr.MissingCount.Should().Be(0);
        Sample.Base.Value.ActiveCustomers.Should().Be(7);
        // Key = c01–c04: active 60000 + 48000 + 120000; c04's 36000 is ARR lost to churn.
        var key = Sample.Segment("key").Value;
        key.Arr!.Sum.Should().Be(228000);
        key.Arr.ShareOfBase.Should().BeApproximately(228000.0 / 267000, 1e-12);
        key.Arr.Mean.Should().Be(76000);
        key.Arr.Median.Should().Be(60000);
        key.ArrLostToChurn!.Sum.Should().Be(36000);
        key.ChurnedArrShare.Should().BeApproximately(36000.0 / 264000, 1e-12);
        key.ArrAtRisk.Should().BeApproximately(228000 * 0.25, 1e-9);   // active ARR × churn 1/4
        key.MeanArrAllCustomers.Should().Be(66000);                   // 264000 over 4 customers
        // Small = c08, c09, c10, c12: only c09 (1800) is active; c10's missing ARR is not counted as 0.
        var small = Sample.Segment("small").Value;
        small.Arr!.Sum.Should().Be(1800);
        small.Arr.CustomerCount.Should().Be(1);
        small.ArrLostToChurn!.Sum.Should().Be(5400);                  // 2400 + 3000
        small.ArrLostToChurn.MissingCount.Should().Be(1);             // c10
        Sample.Segments.Sum(s => s.Value.Arr!.ShareOfBase).Should().BeApproximately(1, 1e-12);
        Sample.Segments.Sum(s => s.Value.ArrLostToChurn!.Sum).Should().Be(318000 - 267000);
    }

    [Fact]
    public void Nps_is_computed_on_the_customers_who_answered()
    {
        // Small: c08 5, c09 7, c10 no answer, c12 2 → 3 answers, 2 detractors, no promoter.
        var nps = Sample.Segment("small").Health.Nps!;
        nps.CustomerCount.Should().Be(3);
        nps.AnswerRate.Should().BeApproximately(0.75, 1e-12);
        nps.MeanScore.Should().BeApproximately(14.0 / 3, 1e-12);
        nps.PromoterShare.Should().Be(0);
        nps.PassiveShare.Should().BeApproximately(1.0 / 3, 1e-12);
        nps.DetractorShare.Should().BeApproximately(2.0 / 3, 1e-12);
        nps.NetPromoterScore.Should().BeApproximately(-200.0 / 3, 1e-9);
    }

    [Fact]
    public void Lift_is_the_segment_share_over_the_base_share()
    {
        // Key: 3 of 4 in Banking-Insurance; base: 3 of 12 → lift 3.
        var trait = Sample.Segment("key").Traits.Single(t => t.Column == "industry" && t.Category == "Banking-Insurance");
        trait.SegmentCount.Should().Be(3);
        trait.SegmentShare.Should().Be(0.75);
        trait.BaseShare.Should().Be(0.25);
        trait.Lift.Should().Be(3);
        trait.CustomerCount.Should().Be(4);
        // Core: Retail 2 of 4 (c05, c06) against 3 of 12 → lift 2; listed first as the most common.
        var core = Sample.Segment("core").Traits.Where(t => t.Column == "industry").ToList();
        core[0].Category.Should().Be("Retail");
        core[0].Lift.Should().BeApproximately(2, 1e-12);
    }

    [Fact]
    public void Trial_conversion_rests_on_trial_customers_only()
    {
        // Trials: c02 ✓, c04 ✓, c06 ✓, c08 ✗, c09 ✗, c10 ✓, c12 ✗ → 4 of 7.
        Sample.Base.TrialConversionRate!.Value.Should().BeApproximately(4.0 / 7, 1e-12);
        Sample.Base.TrialConversionRate.CustomerCount.Should().Be(7);
        Sample.Segment("small").TrialConversionRate!.Value.Should().Be(0.25);
    }

    [Fact]
    public void Tenure_runs_to_the_churn_date_for_churned_customers()
    {
        var one = new Segmentation("test", new Dictionary<string, string>(), ProfileSamples.AsOf,
            [new SegmentDefinition("all", "All", "", "")], ProfileSamples.Customers().CustomerIds, Enumerable.Repeat("all", 12).ToArray());
        var table = ProfileSamples.Customers();
        var profile = new SegmentProfiler().Profile(one, new SegmentationData(table, null, ProfileSamples.AsOf));
        var days = new[]
        {
            (new DateOnly(2025, 12, 31), new DateOnly(2022, 1, 15)), (new DateOnly(2025, 12, 31), new DateOnly(2023, 3, 1)),
            (new DateOnly(2025, 12, 31), new DateOnly(2021, 6, 1)), (new DateOnly(2025, 6, 30), new DateOnly(2023, 1, 10)),
            (new DateOnly(2025, 12, 31), new DateOnly(2024, 2, 1)), (new DateOnly(2025, 9, 30), new DateOnly(2024, 5, 20)),
            (new DateOnly(2025, 12, 31), new DateOnly(2022, 9, 1)), (new DateOnly(2025, 7, 31), new DateOnly(2025, 1, 5)),
            (new DateOnly(2025, 12, 31), new DateOnly(2025, 3, 1)), (new DateOnly(2025, 10, 31), new DateOnly(2025, 4, 1)),
            (new DateOnly(2025, 12, 31), new DateOnly(2023, 11, 1)), (new DateOnly(2025, 3, 31), new DateOnly(2024, 8, 1)),
        }.Select(p => (double)(p.Item1.DayNumber - p.Item2.DayNumber) / 30.4375).Average();
        profile.Base.TenureMonths!.Value.Should().BeApproximately(days, 1e-9);
        profile.Segments[0].TenureMonths!.Value.Should().BeApproximately(days, 1e-9);
    }

    [Fact]
    public void An_absent_column_gives_an_absent_kpi_not_zero()
    {
        var full = ProfileSamples.Customers();
        var withoutNps = new CustomerTable("no-nps", full.CustomerIds, full.Columns.Where(c => c.Name is not ("nps" or "churned")));
        var profile = new SegmentProfiler().Profile(ProfileSamples.ValueSegmentation(), new SegmentationData(withoutNps, null, ProfileSamples.AsOf));
        profile.Base.Health.Nps.Should().BeNull();
        profile.Base.Health.ChurnRate.Should().BeNull();
        profile.Segment("key").Health.ChurnRatioToBase.Should().BeNull();
        profile.Segment("key").Value.SaasClv.Should().BeNull();
        profile.Base.Health.LoginsPerWeek.Should().BeNull();
        profile.Base.Value.TransactionRevenue.Should().BeNull();
    }

    [Fact]
    public void Saas_clv_divides_margin_arr_by_the_segment_churn_and_caps_at_zero_churn()
    {
        // Key: churn 1/4, margin 0.8, over the active customers only: 228000 × 0.8 / 0.25 = 729600.
        Sample.Segment("key").Value.SaasClv!.Sum.Should().BeApproximately(729600, 1e-6);
        Sample.Segment("key").Value.SaasClv!.CustomerCount.Should().Be(3);
        Sample.Segment("key").Value.SaasClvCapped.Should().BeFalse();
        CustomerLifetimeValue.Saas(10000, 0.8, 0).Should().Be(80000); // floor 1/10 a year
        CustomerLifetimeValue.Saas(10000, 0.8, 0.05, maxLifetimeYears: 10).Should().Be(80000);
        CustomerLifetimeValue.Saas(10000, 0.8, 0.2).Should().BeApproximately(40000, 1e-9);
    }

    [Fact]
    public void A_segmentation_with_a_customer_missing_from_the_table_is_rejected_with_its_id()
    {
        var seg = new Segmentation("test", new Dictionary<string, string>(), null, [new SegmentDefinition("a", "A", "", "")],
            ["c01", "zz9"], ["a", "a"]);
        var act = () => new SegmentProfiler().Profile(seg, new SegmentationData(ProfileSamples.Customers()));
        act.Should().Throw<DataValidationException>()
            .Where(e => e.Value == "zz9" && e.Message.Contains("not in the customer table"));
    }

    [Fact]
    public void A_table_customer_without_a_segment_is_rejected_not_dropped()
    {
        var ids = ProfileSamples.Customers().CustomerIds.Take(11).ToArray();
        var seg = new Segmentation("test", new Dictionary<string, string>(), null, [new SegmentDefinition("a", "A", "", "")],
            ids, Enumerable.Repeat("a", 11).ToArray());
        var act = () => new SegmentProfiler().Profile(seg, new SegmentationData(ProfileSamples.Customers()));
        act.Should().Throw<DataValidationException>()
            .Where(e => e.Value == "c12" && e.Message.Contains("1 customer(s) of the table have no segment"));
    }

    [Fact]
    public void A_log_with_a_single_order_per_customer_leaves_transactional_clv_absent_with_a_note()
    {
        var log = new TransactionLog("single.csv", ["c01", "c02", "c03"],
            [new DateOnly(2025, 1, 1), new DateOnly(2025, 2, 1), new DateOnly(2025, 3, 1)], [10, 20, 30]);
        var profile = new SegmentProfiler().Profile(ProfileSamples.ValueSegmentation(), new SegmentationData(ProfileSamples.Customers(), log, ProfileSamples.AsOf));
        profile.BgNbd.Should().BeNull();
        profile.Base.Value.TransactionalClv.Should().BeNull();
        profile.Base.Value.TransactionRevenue!.Sum.Should().Be(60);
        profile.Notes.Should().Contain(n => n.En.Contains("none of the 3 customers made a repeat purchase"));
    }

    [Fact]
    public void The_sample_profile_carries_the_transactional_clv_of_the_customers_who_ordered()
    {
        // 11 of the 12 customers ordered (c12 never did): BG/NBD rests on 11, Gamma-Gamma on the 9 repeat buyers.
        Sample.BgNbd!.CustomerCount.Should().Be(11);
        Sample.GammaGamma!.CustomerCount.Should().Be(9);
        Sample.Base.Value.TransactionalClv!.CustomerCount.Should().Be(11);
        Sample.Base.Value.TransactionalClv.MissingCount.Should().Be(1);
        Sample.Base.Value.ProbabilityAlive!.Value.Should().BeInRange(0, 1);
    }

    [Fact]
    public void Profile_json_round_trips()
    {
        var json = Sample.ToJson();
        var back = PortfolioProfile.FromJson(json);
        back.ToJson().Should().Be(json);
        back.Segment("small").Health.ChurnRate!.Value.Should().Be(0.75);
    }
}
