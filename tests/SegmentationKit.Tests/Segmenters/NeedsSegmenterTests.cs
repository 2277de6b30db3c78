using SegmentationKit.Data;
using SegmentationKit.Errors;
using SegmentationKit.Segmenters.Clusters;
using SegmentationKit.Segmenters.Needs;

namespace SegmentationKit.Tests.Segmenters;

public class NeedsSegmenterTests
{
    private static readonly string[] Needs = ["need_reporting", "need_integrations", "need_mobile_access", "need_compliance"];

    // Three groups of 20 respondents around (reporting, integrations, mobile access, compliance) =
    // (5, 4, 1, 2), (2, 1, 5, 3) and (1, 2, 2, 5), each answer moved by ±1 at random (kept in 1–5);
    // then 4 customers who answered nothing and 3 who skipped one question.
    private static CustomerTable Survey()
    {
        double[][] bases = [[5, 4, 1, 2], [2, 1, 5, 3], [1, 2, 2, 5]];
        var random = new Random(8);
        var rows = new List<double[]>();
        for (var g = 0; g < 3; g++)
            for (var i = 0; i < 20; i++)
                rows.Add(bases[g].Select(b => Math.Clamp(b + random.Next(-1, 2) * (random.NextDouble() < 0.3 ? 1 : 0), 1, 5)).ToArray());
        for (var i = 0; i < 4; i++) rows.Add([double.NaN, double.NaN, double.NaN, double.NaN]);
        rows.Add([5, 4, double.NaN, 2]);
        rows.Add([2, double.NaN, 5, 3]);
        rows.Add([double.NaN, 2, 2, 5]);
        var columns = Needs.Select((n, j) => (Column)new NumericColumn(n, rows.Select(r => r[j]).ToArray()))
            .Append(new NumericColumn(CustomerColumns.Arr, rows.Select(_ => 1000.0).ToArray()));
        return new CustomerTable("survey.csv", Enumerable.Range(1, rows.Count).Select(i => $"c{i}").ToArray(), columns);
    }

    [Theory]
    [InlineData(ClusterAlgorithm.GaussianMixture)]
    [InlineData(ClusterAlgorithm.Ward)]
    public void Segments_are_named_by_their_top_needs_and_non_respondents_get_the_no_answer_segment(ClusterAlgorithm algorithm)
    {
        var data = new SegmentationData(Survey());
        var segmentation = new NeedsSegmenter(new NeedsSegmenterOptions { Clusters = 3, Algorithm = algorithm }).Fit(data).Assign(data);

        segmentation.Method.Should().Be("needs");
        segmentation.Segments.Select(s => s.Name).Should().Equal(
            "Needs: reporting, integrations", "Needs: mobile access", "Needs: compliance", "No answer");
        segmentation.SegmentIds.Take(20).Should().AllBe("needs_1");
        segmentation.SegmentIds.Skip(20).Take(20).Should().AllBe("needs_2");
        segmentation.SegmentIds.Skip(40).Take(20).Should().AllBe("needs_3");
        segmentation.SegmentIds.Skip(60).Should().HaveCount(7).And.AllBe("no_answer");
        segmentation.Segment("no_answer").Description.Should().StartWith("7 customers (10.4%) who did not answer every needs question (4 answered none, 3 some)");
        segmentation.Segment("needs_1").Description.Should().Be(
            "20 customers (29.9%) who rate reporting 5.0 (2.7 on average) and integrations 4.0 (2.4 on average) highest; least mobile access 1.1 (2.6).");
        segmentation.CustomerMeasures["needs_answered"].Skip(60).Should().Equal(0, 0, 0, 0, 3, 3, 3);
        segmentation.Parameters["respondents"].Should().Be("60");
    }

    [Fact]
    public void Imputation_clusters_everyone_with_the_mean_answer_and_counts_the_blanks()
    {
        var data = new SegmentationData(Survey());
        var model = new NeedsSegmenter(new NeedsSegmenterOptions { Clusters = 3, NoAnswer = NoAnswerPolicy.Impute }).Fit(data);
        var segmentation = model.Assign(data);

        segmentation.Segments.Should().HaveCount(3);
        segmentation.SegmentIds.Should().NotContain("no_answer");
        segmentation.Parameters["answers_imputed"].Should().Be("19"); // 4 × 4 + 3
        segmentation.Parameters["respondents"].Should().Be("67");
        // The partial answerer close to the first group's pattern joins it.
        segmentation.SegmentIds[64].Should().Be(segmentation.SegmentIds[0]);
        model.AnswerMeans[0].Should().BeApproximately(Survey().Numeric("need_reporting").PresentValues().Average(), 1e-12);
    }

    [Fact]
    public void A_model_read_back_from_json_segments_identically()
    {
        var data = new SegmentationData(Survey());
        var model = new NeedsSegmenter(new NeedsSegmenterOptions { Clusters = 3 }).Fit(data);

        NeedsSegmentationModel.FromJson(model.ToJson()).Assign(data).ToJson().Should().Be(model.Assign(data).ToJson());
    }

    [Fact]
    public void A_table_without_survey_columns_is_a_clear_error()
    {
        var table = new CustomerTable("customers.csv", ["a", "b"], [new NumericColumn("arr", [1, 2])]);

        var act = () => new NeedsSegmenter().Fit(new SegmentationData(table));

        act.Should().Throw<DataValidationException>().WithMessage("*no needs-survey column*");
    }
}
