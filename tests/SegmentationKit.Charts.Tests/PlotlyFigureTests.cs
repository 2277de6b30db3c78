using System.Text.Json.Nodes;
using SegmentationKit.Features;

namespace SegmentationKit.Charts.Tests;

public class PlotlyFigureTests
{
    private static PlotlyFigure Simple(string title = "T") =>
        new([new ScatterTrace { X = [1, 2, 3], Y = [1, double.NaN, 3], Name = "s" }], new PlotlyLayout { Title = title });

    [Fact]
    public void Missing_values_are_written_as_null_gaps_not_zero()
    {
        var json = JsonNode.Parse(Simple().ToPlotlyJson())!;
        var y = json["data"]![0]!["y"]!.AsArray();
        y[1].Should().BeNull();
        y[2]!.GetValue<double>().Should().Be(3);
    }

    [Fact]
    public void Json_has_data_layout_and_config_and_is_deterministic()
    {
        var a = Simple().ToPlotlyJson();
        a.Should().Be(Simple().ToPlotlyJson());
        var json = JsonNode.Parse(a)!.AsObject();
        json.Select(p => p.Key).Should().Equal("data", "layout", "config");
        json["layout"]!["title"]!["text"]!.GetValue<string>().Should().Be("T");
    }

    [Fact]
    public void Html_fragment_cannot_be_closed_early_by_a_title_containing_a_script_tag()
    {
        var html = Simple("</script><b>x</b>").ToHtmlFragment(loadPlotly: false);
        html.Should().NotContain("</script><b>");
        html.IndexOf("</script>", StringComparison.Ordinal).Should().Be(html.Length - "</script>".Length);
    }

    [Fact]
    public void Standalone_page_uses_the_pinned_cdn_build_by_default_and_can_inline_a_local_file()
    {
        Simple().ToHtml().Should().Contain($"https://cdn.jsdelivr.net/npm/plotly.js-dist-min@{PlotlyJsSource.TestedVersion}/plotly.min.js");
        var local = Path.Combine(Path.GetTempPath(), $"fake-plotly-{Guid.NewGuid():N}.js");
        File.WriteAllText(local, "window.FAKE_PLOTLY=1;");
        var page = Simple().ToHtml(PlotlyJsSource.Inline(local));
        page.Should().Contain("window.FAKE_PLOTLY=1;").And.NotContain("cdn.jsdelivr.net");
    }

    [Fact]
    public void Display_bundle_carries_plotly_json_html_and_text()
    {
        var bundle = Simple().ToDisplayBundle();
        bundle.Keys.Should().BeEquivalentTo("application/vnd.plotly.v1+json", "text/html", "text/plain");
        bundle["text/plain"].Should().Be("PlotlyFigure: T (1 trace)");
        ((JsonObject)bundle[PlotlyFigure.PlotlyMimeType])["data"]!.AsArray().Should().HaveCount(1);
    }

    [Fact]
    public void Radar_closes_each_outline_and_pads_the_radial_range()
    {
        var centers = FeatureMatrix.FromRows([[1.0, -1.0, 0.5], [-0.5, 0.25, 2.0]], ["usage", "tickets", "seats"]);
        var f = ClusterCharts.Radar(centers, ["Power users", "At risk"]);
        var t = JsonNode.Parse(f.ToPlotlyJson())!["data"]![0]!;
        t["theta"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal("usage", "tickets", "seats", "usage");
        t["r"]!.AsArray().Select(n => n!.GetValue<double>()).Should().Equal(1.0, -1.0, 0.5, 1.0);
        var range = JsonNode.Parse(f.ToPlotlyJson())!["layout"]!["polar"]!["radialaxis"]!["range"]!.AsArray();
        range[0]!.GetValue<double>().Should().Be(-1.5); // min −1 − 0.3 padding, floored to a half
        range[1]!.GetValue<double>().Should().Be(2.5);  // max 2 + 0.3 padding, ceiled to a half
    }

    [Fact]
    public void Lines_draw_one_trace_per_series_over_the_shared_x_with_gaps_for_missing_values()
    {
        var f = GeneralCharts.Lines([1, 2, 3], [("regular", [1.0, 0.63, 0.5]), ("high end", [1.0, double.NaN, 0.7])], "Survival", yTickFormat: ".0%");
        var json = JsonNode.Parse(f.ToPlotlyJson())!;
        var data = json["data"]!.AsArray();
        data.Select(t => t!["name"]!.GetValue<string>()).Should().Equal("regular", "high end");
        data.Select(t => t!["mode"]!.GetValue<string>()).Should().AllBe("lines+markers");
        data[0]!["x"]!.AsArray().Select(n => n!.GetValue<double>()).Should().Equal(1, 2, 3);
        data[0]!["y"]!.AsArray().Select(n => n!.GetValue<double>()).Should().Equal(1.0, 0.63, 0.5);
        data[1]!["y"]![1].Should().BeNull("plotly leaves a gap at null");
        json["layout"]!["yaxis"]!["tickformat"]!.GetValue<string>().Should().Be(".0%");
        var ragged = () => GeneralCharts.Lines([1, 2], [("a", [1.0])]);
        ragged.Should().Throw<ArgumentException>().WithMessage("*'a' has 1 values for 2 x values*");
    }

    [Fact]
    public void Sankey_links_only_nonzero_flows_from_left_nodes_to_right_nodes()
    {
        var f = GeneralCharts.Sankey(["A", "B"], ["X", "Y"], [[3, 0], [1, 2]]);
        var t = JsonNode.Parse(f.ToPlotlyJson())!["data"]![0]!;
        t["link"]!["source"]!.AsArray().Select(n => n!.GetValue<int>()).Should().Equal(0, 1, 1);
        t["link"]!["target"]!.AsArray().Select(n => n!.GetValue<int>()).Should().Equal(2, 2, 3);
        t["link"]!["value"]!.AsArray().Select(n => n!.GetValue<double>()).Should().Equal(3, 1, 2);
        t["node"]!["label"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal("A", "B", "X", "Y");
    }

    [Fact]
    public void Metric_by_k_marks_the_recommended_k()
    {
        var f = ClusterCharts.MetricByK([2, 3, 4], [0.41, 0.55, 0.47], "Silhouette", recommendedK: 3);
        var data = JsonNode.Parse(f.ToPlotlyJson())!["data"]!.AsArray();
        data.Should().HaveCount(2);
        data[1]!["x"]![0]!.GetValue<double>().Should().Be(3);
        data[1]!["y"]![0]!.GetValue<double>().Should().Be(0.55);
    }

    [Fact]
    public void K_sweep_chart_plots_the_chosen_metric_and_marks_the_recommended_k()
    {
        var sweep = ChartSamples.Sweep();
        var data = JsonNode.Parse(ClusterCharts.KSweep(sweep, "silhouette").ToPlotlyJson())!["data"]!.AsArray();

        data[0]!["x"]!.AsArray().Select(v => v!.GetValue<double>()).Should().Equal(2, 3, 4, 5);
        data[0]!["y"]!.AsArray().Select(v => v!.GetValue<double>()).Should().Equal(sweep.Table.Select(r => r.Silhouette));
        data[1]!["x"]![0]!.GetValue<double>().Should().Be(sweep.Recommendation.K);
        var bad = () => ClusterCharts.KSweep(sweep, "elbow");
        bad.Should().Throw<ArgumentException>().WithMessage("*unknown metric 'elbow'*");
    }
}
