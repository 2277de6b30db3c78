using SegmentationKit.Data;
using SegmentationKit.Profiling;
using SegmentationKit.Segmenters.MaturityPotential;
using CoverageRecommendation = SegmentationKit.Segmenters.MaturityPotential.CoverageRecommendation;

namespace SegmentationKit.Tests.Profiling;

public class CoverageInProfileTests
{
    private static readonly SegmentationKit.Segmenters.MaturityPotential.CoverageRecommendation HighTouch =
        new(TouchLevel.High, Expertise.Business, CsmProfile.SeniorExpert, ["Executive business reviews"]);

    private static readonly SegmentationKit.Segmenters.MaturityPotential.CoverageRecommendation LowTouch =
        new(TouchLevel.Low, Expertise.Product, CsmProfile.Growth, ["Webinars"]);

    [Fact]
    public void A_segmentation_carrying_a_coverage_plan_gives_each_segment_its_recommendation()
    {
        var plain = ProfileSamples.ValueSegmentation();
        var plan = new CoveragePlan(new Dictionary<string, SegmentationKit.Segmenters.MaturityPotential.CoverageRecommendation> { ["key"] = HighTouch, ["small"] = LowTouch });
        var seg = new Segmentation("maturity", plan.ToParameters(), plain.AsOf, plain.Segments, plain.CustomerIds, plain.SegmentIds);

        var profile = new SegmentProfiler().Profile(seg, new SegmentationData(ProfileSamples.Customers(), null, ProfileSamples.AsOf));

        var key = profile.Segment("key").Coverage!;
        key.TouchLevel.Should().Be("High");
        key.Expertise.Should().Be("Business");
        key.CsmProfile.Should().Be("Senior expert");
        key.Actions.Should().Equal("Executive business reviews");
        key.Customers.Should().Be(4);
        key.ShareOfSegment.Should().Be(1);
        profile.Segment("core").Coverage.Should().BeNull();
        // The coverage is its own field (shown with its share in the reports), not a sentence of the description.
        profile.Segment("small").Coverage!.TouchLevel.Should().Be("Low");
        profile.Segment("small").Narrative.Description.En.Should().NotContain("coverage");
    }

    [Fact]
    public void A_mixed_segment_gets_its_most_common_recommendation_with_the_share_it_fits()
    {
        var high = new SegmentationKit.Profiling.CoverageRecommendation("High", "Business", "Senior expert", ["Reviews"], 0, 0);
        var low = new SegmentationKit.Profiling.CoverageRecommendation("Low", "Product", "Growth", ["Webinars"], 0, 0);
        var source = new CustomerCoverageSource(id => id switch { "a" or "b" or "c" => low, "d" => high, _ => null });

        var r = source.Recommend(["d", "a", "b", "c", "e"])!;

        r.TouchLevel.Should().Be("Low");
        r.Customers.Should().Be(3);
        r.ShareOfSegment.Should().Be(0.6);
    }

    [Fact]
    public void Without_the_maturity_columns_there_is_no_coverage_and_a_note_says_why()
    {
        var profile = ProfileSamples.Portfolio();
        profile.Segments.Should().OnlyContain(s => s.Coverage == null);
        profile.Notes.Should().Contain(n => n.En.StartsWith("No coverage recommendation:"));
    }

    [Fact]
    public void A_standard_column_of_the_wrong_kind_is_reported_not_silently_ignored()
    {
        var full = ProfileSamples.Customers();
        var arrAsText = CategoricalColumn.FromValues(CustomerColumns.Arr, full.CustomerIds.Select(_ => "n/a").ToArray());
        var table = new CustomerTable("t", full.CustomerIds, full.Columns.Where(c => c.Name is not ("arr" or "mrr")).Append(arrAsText));

        var profile = new SegmentProfiler().Profile(ProfileSamples.ValueSegmentation(), new SegmentationData(table, null, ProfileSamples.AsOf));

        profile.Base.Value.Arr.Should().BeNull();
        profile.Notes.Select(n => n.En).Should().Contain("'arr' is categorical, not numeric, so the KPIs built on it are not computed; map it as numeric to get them.");
    }
}
