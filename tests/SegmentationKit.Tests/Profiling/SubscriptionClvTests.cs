using SegmentationKit.Data;
using SegmentationKit.Profiling;
using SegmentationKit.Retention;

namespace SegmentationKit.Tests.Profiling;

/// <summary>Profiles show the sBG subscription CLV where renewal history exists, and say so.</summary>
public class SubscriptionClvTests
{
    private static readonly DateOnly AsOf = new(2026, 6, 30);

    /// <summary>Ten customers in one segment: signed up on 1 July of 2020–2024, two a year; one of each
    /// pair churned after a year (except the 2024 pair, too young), ARR 1,000 × customer number.</summary>
    private static SegmentationData Data()
    {
        var ids = Enumerable.Range(1, 10).Select(i => $"c{i:00}").ToArray();
        var signups = Enumerable.Range(0, 10).Select(i => (DateOnly?)new DateOnly(2020 + i / 2, 7, 1)).ToArray();
        var churned = Enumerable.Range(0, 10).Select(i => (bool?)(i % 2 == 1 && i < 8)).ToArray();
        var churnDates = Enumerable.Range(0, 10).Select(i => i % 2 == 1 && i < 8 ? (DateOnly?)new DateOnly(2021 + i / 2, 9, 1) : null).ToArray();
        var table = new CustomerTable("customers.csv", ids,
        [
            new DateColumn(CustomerColumns.SignupDate, signups),
            new BooleanColumn(CustomerColumns.Churned, churned),
            new DateColumn(CustomerColumns.ChurnDate, churnDates),
            new NumericColumn(CustomerColumns.Arr, Enumerable.Range(1, 10).Select(i => 1000.0 * i).ToArray()),
        ]);
        return new SegmentationData(table, null, AsOf);
    }

    [Fact]
    public void Each_active_customer_is_worth_arr_times_margin_times_derl_at_its_tenure()
    {
        var data = Data();
        var seg = new Segmentation("one", new Dictionary<string, string>(), AsOf, [new SegmentDefinition("all", "All", "", "")],
            data.Customers.CustomerIds, data.Customers.CustomerIds.Select(_ => "all").ToArray());
        var profile = new SegmentProfiler().Profile(seg, data);
        var value = profile.Segment("all").Value;
        value.ClvShown.Should().Be("subscription_sbg");
        value.ShownClv().Should().Be(value.SubscriptionClv);

        // The same model by hand: T = 2 for the four churned (a churn in year 1), the others censored
        // at their whole years: 2020 → 5, 2021 → 4, 2022 → 3, 2023 → 2, 2024 → 1 (c09, c10).
        var counts = new RenewalCounts("all", [0, 0, 4, 0, 0, 0], [0, 2, 1, 1, 1, 1]);
        var built = RenewalHistory.FromCustomers(data.Customers, AsOf, RetentionPeriod.Year, null, out _).Single();
        built.Lost.Should().Equal(counts.Lost);
        built.Censored.Should().Equal(counts.Censored);
        var model = ShiftedBetaGeometricFitter.Fit(counts).Model;
        double Clv(double arr, int years) => arr * 0.8 * model.DiscountedExpectedResidualLifetime(0.10, years);
        var expected = new[] { Clv(1000, 5), Clv(3000, 4), Clv(5000, 3), Clv(7000, 2), Clv(9000, 1), Clv(10000, 1) };
        value.SubscriptionClv!.CustomerCount.Should().Be(6);
        value.SubscriptionClv.Sum.Should().BeApproximately(expected.Sum(), 1e-6);
        profile.Segment("all").Narrative.Description.En.Should().Contain("subscription lifetime value");
    }

    [Fact]
    public void Without_churn_dates_profiles_keep_the_saas_formula_and_say_so()
    {
        var data = Data();
        var table = data.Customers;
        var without = new CustomerTable(table.Source, table.CustomerIds, table.Columns.Where(c => c.Name != CustomerColumns.ChurnDate));
        var seg = new Segmentation("one", new Dictionary<string, string>(), AsOf, [new SegmentDefinition("all", "All", "", "")],
            table.CustomerIds, table.CustomerIds.Select(_ => "all").ToArray());
        var value = new SegmentProfiler().Profile(seg, data with { Customers = without }).Segment("all").Value;
        value.SubscriptionClv.Should().BeNull();
        value.ClvShown.Should().Be("saas_formula");
        value.ShownClv().Should().Be(value.SaasClv);
    }
}
