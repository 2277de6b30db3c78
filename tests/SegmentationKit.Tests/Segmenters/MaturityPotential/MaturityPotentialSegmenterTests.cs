using SegmentationKit.Data;
using SegmentationKit.Errors;
using SegmentationKit.Segmenters.Configuration;
using SegmentationKit.Segmenters.MaturityPotential;

namespace SegmentationKit.Tests.Segmenters.MaturityPotential;

/// <summary>The worked coverage example of issue 3, customer by customer.
/// "Mature" customers: not their first tool (1), team 10 of 20 (0.5), complexity 3 (1), adoption 0.8
///   → maturity (1 + 0.5 + 1 + 0.8) / 4 = 0.825 ≥ 2/3: high.
/// "Immature": first tool (0), team 2 (0.1), complexity 1 (0), adoption 0.2 → 0.3 / 4 = 0.075: low.
/// Potential of the default company: ARR 12000 for 100 employees = 120 per employee, 120/600 = 0.2 →
///   headroom 0.8; seats 10/100 → 0.9; modules 3/9 → 2/3; mean 0.7889: high.
/// A saturated company (ARR 60000, 100 seats, 9/9 modules for 100 employees) has potential 0: low.</summary>
public class MaturityPotentialSegmenterTests
{
    private sealed record Row(string Id, string? Plan, string? Industry, bool Mature, bool Saturated = false, bool Unknown = false);

    private static readonly Row[] Rows =
    [
        new("a1", "Access", "Retail", Mature: true),
        new("a2", "Access", "Banking-Insurance", Mature: false),
        new("s1", "Standard", "Media", Mature: false),
        new("p1", "Premium", "Food", Mature: false),
        new("p2", "Premium", "Banking-Insurance", Mature: true),
        new("p3", "Premium", "Retail", Mature: true),
        new("p4", "Premium", "Food", Mature: true),
        new("e1", "Enterprise", "Public", Mature: false),
        new("p5", "Premium", "Media", Mature: true),
        new("s2", "Standard", "Media", Mature: true, Saturated: true),
        new("m1", "Standard", "Media", Mature: false, Unknown: true),
    ];

    private static SegmentationData Data()
    {
        double N(bool unknown, double v) => unknown ? double.NaN : v;
        return new SegmentationData(new CustomerTable("customers.csv", Rows.Select(r => r.Id).ToArray(),
        [
            CategoricalColumn.FromValues(CustomerColumns.Plan, Rows.Select(r => r.Plan).ToArray()),
            CategoricalColumn.FromValues(CustomerColumns.Industry, Rows.Select(r => r.Industry).ToArray()),
            new BooleanColumn(CustomerColumns.FirstToolOfKind, Rows.Select(r => r.Unknown ? null : (bool?)!r.Mature).ToArray()),
            new NumericColumn(CustomerColumns.TeamSize, Rows.Select(r => N(r.Unknown, r.Mature ? 10 : 2)).ToArray()),
            new NumericColumn(CustomerColumns.ModuleComplexity, Rows.Select(r => N(r.Unknown, r.Mature ? 3 : 1)).ToArray()),
            new NumericColumn(CustomerColumns.FeatureAdoption, Rows.Select(r => N(r.Unknown, r.Mature ? 0.8 : 0.2)).ToArray()),
            new NumericColumn(CustomerColumns.Arr, Rows.Select(r => r.Saturated ? 60000.0 : 12000).ToArray()),
            new NumericColumn(CustomerColumns.Employees, Rows.Select(_ => 100.0).ToArray()),
            new NumericColumn(CustomerColumns.Seats, Rows.Select(r => r.Saturated ? 100.0 : 10).ToArray()),
            new NumericColumn(CustomerColumns.ModulesSubscribed, Rows.Select(r => r.Saturated ? 9.0 : 3).ToArray()),
            new NumericColumn(CustomerColumns.ModulesAvailable, Rows.Select(_ => 9.0).ToArray()),
        ]));
    }

    [Fact]
    public void Coverage_default_table_reproduces_the_worked_example_customer_by_customer()
    {
        var model = new MaturityPotentialSegmenter().Fit(Data());
        var seg = model.Assign(Data());

        (string Segment, TouchLevel Touch, CsmProfile Profile) Of(string id)
        {
            var s = seg.SegmentIds[seg.CustomerIds.ToList().IndexOf(id)];
            var c = model.Coverage.For(s)!;
            return (s, c.Touch, c.Profile);
        }

        // Access customers → low touch, Growth profile, whatever their maturity or industry.
        Of("a1").Should().Be(("access_low_touch", TouchLevel.Low, CsmProfile.Growth));
        Of("a2").Should().Be(("access_low_touch", TouchLevel.Low, CsmProfile.Growth));
        // Standard and Premium of low maturity → mid touch, junior CSM on adoption.
        Of("s1").Should().Be(("adoption_mid_touch", TouchLevel.Mid, CsmProfile.Junior));
        Of("p1").Should().Be(("adoption_mid_touch", TouchLevel.Mid, CsmProfile.Junior));
        // Mature Premium Banking-Insurance → high touch, senior sector expert.
        Of("p2").Should().Be(("sector_expert_high_touch", TouchLevel.High, CsmProfile.SeniorExpert));
        // Mature Premium Retail and Food → high touch, CSM consultants.
        Of("p3").Should().Be(("consultant_high_touch", TouchLevel.High, CsmProfile.Consultant));
        Of("p4").Should().Be(("consultant_high_touch", TouchLevel.High, CsmProfile.Consultant));
        // Beyond the example: Enterprise; a mature Premium Media with headroom; a saturated Standard.
        Of("e1").Segment.Should().Be("enterprise_high_touch");
        Of("p5").Segment.Should().Be("expansion_mid_touch");
        Of("s2").Segment.Should().Be("standard_mid_touch");
        // Maturity unknown: no maturity level, so not "low maturity"; high potential → expansion.
        Of("m1").Segment.Should().Be("expansion_mid_touch");
        model.Coverage.For("adoption_mid_touch")!.Actions.Should().Contain("Adoption plan with the key users");
        model.Coverage.For("access_low_touch")!.Actions.Should().Contain("Webinars");
    }

    [Fact]
    public void Maturity_and_potential_scores_match_the_hand_computation()
    {
        var seg = new MaturityPotentialSegmenter().Fit(Data()).Assign(Data());
        var m = seg.CustomerMeasures["maturity_score"];
        var p = seg.CustomerMeasures["potential_score"];

        m[0].Should().BeApproximately(0.825, 1e-12);
        m[1].Should().BeApproximately(0.075, 1e-12);
        p[0].Should().BeApproximately((0.8 + 0.9 + 2.0 / 3) / 3, 1e-12);
        p[9].Should().Be(0);
        double.IsNaN(m[10]).Should().BeTrue();
        seg.CustomerMeasures["maturity_level"][0].Should().Be(3);
        seg.CustomerMeasures["maturity_level"][1].Should().Be(1);
        seg.CustomerMeasures["potential_level"][9].Should().Be(1);
        double.IsNaN(seg.CustomerMeasures["maturity_level"][10]).Should().BeTrue();
    }

    [Fact]
    public void Coverage_plan_travels_inside_the_segmentation_json()
    {
        var model = new MaturityPotentialSegmenter().Fit(Data());
        var seg = model.Assign(Data());
        var back = Segmentation.FromJson(seg.ToJson());

        back.ToJson().Should().Be(seg.ToJson());
        var plan = CoveragePlan.FromSegmentation(back);
        plan.BySegment.Should().HaveCount(7);
        plan.For("sector_expert_high_touch").Should().Be(model.Coverage.For("sector_expert_high_touch"));
        plan.For("sector_expert_high_touch")!.Expertise.Should().Be(Expertise.Business);
        model.Assign(Data()).ToJson().Should().Be(seg.ToJson());
    }

    [Fact]
    public void Maturity_model_saved_as_yaml_reads_back_to_the_same_result()
    {
        var model = new MaturityPotentialSegmenter().Fit(Data());
        var back = MaturityPotentialModel.FromYaml(model.ToYaml());

        back.Assign(Data()).ToJson().Should().Be(model.Assign(Data()).ToJson());
        back.ToYaml().Should().Be(model.ToYaml());
    }

    [Fact]
    public void Weights_cutoffs_and_table_come_from_yaml()
    {
        var options = MaturityPotentialOptions.FromConfig(ConfigNode.Parse("""
            maturity:
              weights: { first_tool_of_kind: 0, team_size: 0, module_complexity: 0, feature_adoption: 1 }
              cutoffs: [0.5, 0.9]
            coverage:
              - name: Adopters
                when: { maturity: [medium, high] }
                touch: mid
                expertise: business
                csm_profile: senior_expert
                actions: [Roadmap review]
              - name: Everyone else
                touch: low
                expertise: product
                csm_profile: growth
            """, "seg.yaml"));
        var seg = new MaturityPotentialSegmenter(options).Fit(Data()).Assign(Data());

        // Maturity is the adoption alone: 0.8 → medium (0.5 ≤ 0.8 < 0.9), 0.2 → low.
        seg.CustomerMeasures["maturity_score"][0].Should().Be(0.8);
        seg.SegmentIds[0].Should().Be("adopters");
        seg.SegmentIds[1].Should().Be("everyone_else");
        CoveragePlan.FromSegmentation(seg).For("adopters")!.Profile.Should().Be(CsmProfile.SeniorExpert);
    }

    [Fact]
    public void Coverage_table_must_end_with_a_catch_all_row()
    {
        var act = () => MaturityPotentialOptions.FromConfig(ConfigNode.Parse("""
            coverage:
              - name: Only premium
                when: { plan: Premium }
                touch: high
                expertise: business
                csm_profile: consultant
            """, "seg.yaml"));
        act.Should().Throw<ConfigurationException>().WithMessage("seg.yaml: coverage[0]: the last coverage row has conditions*");
    }

    [Fact]
    public void Coverage_rejects_an_unknown_csm_profile_listing_the_valid_ones()
    {
        var act = () => MaturityPotentialOptions.FromConfig(ConfigNode.Parse("""
            coverage:
              - name: All
                touch: high
                expertise: business
                csm_profile: wizard
            """, "seg.yaml"));
        act.Should().Throw<ConfigurationException>()
            .WithMessage("seg.yaml: coverage[0].csm_profile: 'wizard' is not a CsmProfile value (line 5). Fix: use one of: growth, junior, senior_expert, consultant");
    }

    [Fact]
    public void Maturity_cutoffs_out_of_order_are_rejected()
    {
        var act = () => new MaturityPotentialSegmenter(new MaturityPotentialOptions { MaturityCutoffs = new AxisCutoffs(0.8, 0.4) });
        act.Should().Throw<ConfigurationException>().WithMessage("maturity.cutoffs: cut-offs must satisfy 0 ≤ medium (0.8) ≤ high (0.4) ≤ 1*");
    }
}
