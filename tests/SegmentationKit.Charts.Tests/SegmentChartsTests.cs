using System.Text.Json.Nodes;

namespace SegmentationKit.Charts.Tests;

public class SegmentChartsTests
{
    private static JsonObject Trace(PlotlyFigure f, int i = 0) => JsonNode.Parse(f.ToPlotlyJson())!["data"]![i]!.AsObject();

    [Fact]
    public void Sizes_lists_segments_largest_first_with_their_share()
    {
        var t = Trace(SegmentCharts.Sizes(ChartSamples.Rfm()));
        t["type"]!.GetValue<string>().Should().Be("bar");
        t["orientation"]!.GetValue<string>().Should().Be("h");
        t["y"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal("Lost", "Champions", "No purchase");
        t["x"]!.AsArray().Select(n => n!.GetValue<double>()).Should().Equal(3, 2, 1);
        t["text"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal("50.0%", "33.3%", "16.7%");
    }

    [Fact]
    public void Rfm_grid_counts_customers_per_recency_and_frequency_cell_and_skips_customers_without_scores()
    {
        var t = Trace(SegmentCharts.RfmGrid(ChartSamples.Rfm()));
        t["type"]!.GetValue<string>().Should().Be("heatmap");
        var z = t["z"]!.AsArray().Select(r => r!.AsArray().Select(v => v!.GetValue<double>()).ToArray()).ToArray();
        z.Should().HaveCount(5);
        z[4][4].Should().Be(2); // F5 × R5: a, b
        z[0][0].Should().Be(1); // F1 × R1: c
        z[1][0].Should().Be(1); // F2 × R1: d
        z[0][1].Should().Be(1); // F1 × R2: e
        z.SelectMany(r => r).Sum().Should().Be(5); // f has no orders, so no cell
    }

    [Fact]
    public void Rfm_grid_of_a_segmentation_without_scores_says_what_to_do()
    {
        var act = () => SegmentCharts.RfmGrid(ChartSamples.Crossed());
        act.Should().Throw<Errors.SegmentationKitException>().WithMessage("*no r_score/f_score*RFM segmentation*");
    }

    [Theory]
    [InlineData("Blues", true)]     // plotly.js defines Blues dark-first: reversed so more is darker
    [InlineData("YlGnBu", true)]
    [InlineData("Reds", false)]     // light-first already
    [InlineData("Viridis", false)]  // its convention (yellow = most) is kept
    public void Heatmaps_draw_larger_counts_darker(string scale, bool reversed)
    {
        var t = Trace(GeneralCharts.Heatmap(["A"], ["X"], [[1]], "Migration", colorScale: scale));
        t["colorscale"]!.GetValue<string>().Should().Be(scale);
        (t["reversescale"]?.GetValue<bool>() ?? false).Should().Be(reversed);
        Trace(SegmentCharts.RfmGrid(ChartSamples.Rfm()))["reversescale"]!.GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public void Hierarchy_nests_crossed_segments_under_their_parent_with_totals()
    {
        var t = Trace(SegmentCharts.Hierarchy(ChartSamples.Crossed()));
        t["type"]!.GetValue<string>().Should().Be("treemap");
        var ids = t["ids"]!.AsArray().Select(n => n!.GetValue<string>()).ToArray();
        var parents = t["parents"]!.AsArray().Select(n => n!.GetValue<string>()).ToArray();
        var values = t["values"]!.AsArray().Select(n => n!.GetValue<double>()).ToArray();
        ids.Should().Equal("s:l-r", "s:l-f", "s:s", "p:Large");
        parents.Should().Equal("p:Large", "p:Large", "", "");
        values.Should().Equal(1, 2, 1, 3); // the parent's value is the sum of its children (branchvalues = total)
        t["labels"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal("Retail × Wholesale", "Food", "Small · Other", "Large");
    }
}
