using SegmentationKit.Data;
using SegmentationKit.Errors;
using SegmentationKit.Segmenters.ValueTiers;

namespace SegmentationKit.Tests.Segmenters.ValueTiers;

public class ValueTierSegmenterTests
{
    // Ten customers with distinct ARR, plus v11 whose ARR is unknown.
    // Ranked: v7 10000, v2 9000 | v9 8000, v4 7000, v10 6000, v5 5000 | v8 4000, v3 3000, v6 2000, v1 1000
    private static SegmentationData Ten(params double[] arr)
    {
        var ids = Enumerable.Range(1, arr.Length).Select(i => $"v{i}").ToArray();
        string?[] plans = ["Access", "Premium", "Standard", "Enterprise", "Freemium", "Access", "Premium", "Standard", null, "Standard", "Access"];
        return new SegmentationData(new CustomerTable("customers.csv", ids,
        [
            new NumericColumn(CustomerColumns.Arr, arr),
            CategoricalColumn.FromValues(CustomerColumns.Plan, plans.Take(arr.Length).ToArray()),
        ]));
    }

    private static readonly double[] Distinct = [1000, 9000, 3000, 7000, 5000, 2000, 10000, 4000, 8000, 6000, double.NaN];

    private static Segmentation Run(SegmentationData data, ValueTierOptions? options = null) =>
        new ValueTierSegmenter(options).Fit(data).Assign(data);

    [Fact]
    public void Value_tiers_split_ten_customers_20_40_40_by_count()
    {
        // Large ends after round(0.2 × 10) = 2 customers (threshold 9000), Medium after
        // round(0.6 × 10) = 6 (threshold 5000).
        var seg = Run(Ten(Distinct));

        seg.SegmentIds.Should().Equal("small", "large", "small", "medium", "medium", "small", "large", "small", "medium", "medium", "no_value");
        seg.Sizes().Should().Equal(2, 4, 4, 1);
        seg.Parameters["thresholds"].Should().Be("9000, 5000");
        seg.Segment("medium").Definition.Should().Be("5000 ≤ arr < 9000");
    }

    [Fact]
    public void Value_tiers_keep_tied_values_together_in_the_higher_tier()
    {
        // The 2nd and 3rd largest tie at 90: both join Large, which then holds 3 customers.
        var seg = Run(Ten(100, 90, 90, 80, 70, 60, 50, 40, 30, 20));
        seg.Sizes().Should().Equal(3, 3, 4, 0);
        seg.SegmentIds[1].Should().Be(seg.SegmentIds[2]);
    }

    [Fact]
    public void Value_tiers_warn_when_ties_at_a_cut_push_a_tier_far_from_its_share_or_empty_it()
    {
        // Ranked 100, 50 × 8, 10: Large ends after 2 customers at 50, so all eight 50s join Large
        // (9 of 10 = 90 % for a 20 % target); Medium's threshold is 50 too, so it is empty; Small
        // holds 1 (10 % for 40 %: 3 customers short, more than half the target of 4).
        var seg = Run(Ten(100, 50, 50, 50, 50, 50, 50, 50, 50, 10));

        seg.Sizes().Should().Equal(9, 0, 1, 0);
        seg.Warnings.Select(w => w.En).Should().Equal(
            "Value tier 'Large' holds 90% of the 10 customers with a known arr (9), for a target of 20%: 8 customers share the value 50 at a tier threshold, and equal values always stay in one tier.",
            "Value tier 'Medium' holds 0% of the 10 customers with a known arr (0), for a target of 40%: 8 customers share the value 50 at a tier threshold, and equal values always stay in one tier.",
            "Value tier 'Small' holds 10% of the 10 customers with a known arr (1), for a target of 40%: 8 customers share the value 50 at a tier threshold, and equal values always stay in one tier.");
        seg.Warnings[0].Fr.Should().StartWith("Le palier de valeur « Large » regroupe 90\u00A0% des 10 clients");
        Segmentation.FromJson(seg.ToJson()).Warnings.Should().Equal(seg.Warnings);
    }

    [Fact]
    public void Value_tiers_within_one_customer_of_their_share_give_no_warning()
    {
        Run(Ten(Distinct)).Warnings.Should().BeEmpty();
        Run(Ten(100, 90, 90, 80, 70, 60, 50, 40, 30, 20)).Warnings.Should().BeEmpty();   // Large 3 for 2
        Run(Ten(Distinct)).ToJson().Should().NotContain("warnings");
    }

    [Fact]
    public void Value_tiers_take_other_shares()
    {
        var seg = Run(Ten(Distinct), new ValueTierOptions { Tiers = ["Top", "Rest"], Shares = [0.3, 0.7] });
        seg.Sizes().Should().Equal(3, 7, 1); // 10000, 9000, 8000 are the top 30 %
    }

    [Fact]
    public void Value_tiers_take_absolute_thresholds()
    {
        var seg = Run(Ten(Distinct), new ValueTierOptions { Mode = ValueTierMode.Thresholds, Thresholds = [7000, 3000] });
        seg.Sizes().Should().Equal(4, 4, 2, 1); // ≥ 7000: 4; 3000–6999: 4; below: 2
    }

    [Fact]
    public void Value_tiers_by_plan_level_put_the_highest_plan_first()
    {
        var seg = Run(Ten(Distinct), new ValueTierOptions { Mode = ValueTierMode.Plan });
        seg.Segments.Select(s => s.Id).Should().Equal("enterprise", "premium", "standard", "access", "freemium", "no_value");
        seg.SegmentIds.Should().Equal("access", "premium", "standard", "enterprise", "freemium", "access", "premium", "standard", "no_value", "standard", "access");
    }

    [Fact]
    public void Value_tiers_reject_a_plan_outside_the_levels()
    {
        var data = Ten(Distinct);
        var act = () => Run(data, new ValueTierOptions { Mode = ValueTierMode.Plan, PlanLevels = ["Access", "Standard"] });
        act.Should().Throw<DataValidationException>().WithMessage("customers.csv, column 'plan': the plan is not one of the plan levels (value 'Premium')*");
    }

    [Fact]
    public void Value_tier_shares_must_add_up_to_one()
    {
        var act = () => new ValueTierSegmenter(new ValueTierOptions { Shares = [0.2, 0.4, 0.3] });
        act.Should().Throw<ConfigurationException>().WithMessage("value.shares: the shares add up to 0.9, not 1. Fix: make them add up to 1");
    }

    [Fact]
    public void Value_tiers_reassign_identically_and_round_trip()
    {
        var data = Ten(Distinct);
        var model = new ValueTierSegmenter().Fit(data);
        var first = model.Assign(data);
        ValueTierModel.FromJson(model.ToJson()).Assign(data).ToJson().Should().Be(first.ToJson());
        Segmentation.FromJson(first.ToJson()).ToJson().Should().Be(first.ToJson());
    }

    [Fact]
    public void Pareto_summary_gives_the_revenue_share_of_the_top_customers()
    {
        // Total 55000. Top 1 %, 5 %, 10 % of 10 → 1 customer (10000); 20 % → 2 (19000); 50 % → 5 (40000).
        var p = ParetoSummary.Compute(Ten(Distinct).Customers);

        p.Customers.Should().Be(10);
        p.CustomersWithoutValue.Should().Be(1);
        p.TotalRevenue.Should().Be(55000);
        p.Points.Select(x => x.Customers).Should().Equal(1, 1, 1, 2, 5);
        p.Points.Select(x => x.RevenueShare).Should().Equal(10000 / 55000.0, 10000 / 55000.0, 10000 / 55000.0, 19000 / 55000.0, 40000 / 55000.0);
        ParetoSummary.FromJson(p.ToJson()).Points.Should().Equal(p.Points);
    }
}
