using System.Text.Json.Nodes;
using SegmentationKit.Charts;
using SegmentationKit.Data;
using SegmentationKit.Formatting;
using SegmentationKit.Profiling;

namespace SegmentationKit.Notebooks.Tests;

public sealed class DisplayFormatterTests
{
    private static Segmentation ThreeCustomersInTwoSegments() => new(
        "rfm",
        new Dictionary<string, string>(),
        new DateOnly(2026, 6, 30),
        [new SegmentDefinition("champions", "Champions", "Bought recently & often", "R 5, F 5"), new SegmentDefinition("at_risk", "At risk", "Used to buy", "R 1-2")],
        ["C1", "C2", "C3"],
        ["champions", "at_risk", "champions"]);

    [Fact]
    public void A_segmentation_shows_each_segment_with_its_size_and_share()
    {
        var data = DisplayFormatter.Format(ThreeCustomersInTwoSegments());

        var text = (string)data["text/plain"]!;
        text.Should().StartWith("rfm segmentation: 3 customers in 2 segments, as of 2026-06-30");
        text.Split('\n').Should().Contain(l => l.StartsWith("champions") && l.Contains(" 2 ") && l.Contains("66.7%"));
        text.Split('\n').Should().Contain(l => l.StartsWith("at_risk") && l.Contains(" 1 ") && l.Contains("33.3%"));
        var html = (string)data["text/html"]!;
        html.Should().Contain("<td>Bought recently &amp; often</td>").And.Contain("<th>share</th>");
    }

    [Fact]
    public void A_chart_is_plotly_json_with_an_html_fallback()
    {
        var figure = GeneralCharts.Bars(["a", "b"], [("count", (IReadOnlyList<double>)[3.0, 4.0])], title: "Counts");
        var data = DisplayFormatter.Format(figure);

        data.Select(p => p.Key).Should().BeEquivalentTo(PlotlyFigure.PlotlyMimeType, "text/html", "text/plain");
        var plotly = (JsonObject)data[PlotlyFigure.PlotlyMimeType]!;
        plotly["data"]!.AsArray()[0]!["y"]!.AsArray().Select(v => v!.GetValue<double>()).Should().Equal(3.0, 4.0);
        ((string)data["text/html"]!).Should().Contain("Plotly.newPlot");
        ((string)data["text/plain"]!).Should().Be("PlotlyFigure: Counts (1 trace)");
    }

    [Fact]
    public void A_list_of_records_is_a_table_with_one_column_per_property()
    {
        var rows = new[] { new SegmentDefinition("a", "A", "first", "x"), new SegmentDefinition("b", "B", "second", "y") };
        var text = (string)DisplayFormatter.Format(rows)["text/plain"]!;

        text.Split('\n').Should().Equal(
            "2 × SegmentDefinition",
            "Id  Name  Description  Definition",
            "--  ----  -----------  ----------",
            "a   A     first        x",
            "b   B     second       y");
    }

    [Fact]
    public void Numbers_are_plain_text_in_the_invariant_culture()
    {
        DisplayFormatter.PlainText(1234567.25).Should().Be("1234567.25");
        DisplayFormatter.PlainText(42).Should().Be("42");
        DisplayFormatter.PlainText(new[] { 1.5, 2.0 }).Should().Be("[1.5, 2]");
        DisplayFormatter.PlainText(null).Should().Be("null");
    }

    [Fact]
    public void A_long_table_is_cut_and_says_how_many_rows_were_left_out()
    {
        var rows = Enumerable.Range(0, DisplayFormatter.MaxRows + 5).Select(i => new SegmentDefinition($"s{i}", "n", "d", "x")).ToArray();
        var text = (string)DisplayFormatter.Format(rows)["text/plain"]!;
        text.Should().EndWith($"… 5 more rows ({DisplayFormatter.MaxRows + 5} in all)");
        DisplayFormatter.MaxRows.Should().Be(50, "docs/notebooks.md says tables stop at 50 rows");
    }

    [Fact]
    public void A_profile_shows_the_base_then_each_segment_with_mean_arr_and_churn_rate()
    {
        // Hand-checked, on active ARR (C2, 36,000, has churned): A = {C1, C2}: active ARR 12,000 → mean
        // 12,000, 1 of 2 churned; B = {C3, C4}: ARR 0 and 6,000 → mean 3,000, none churned; base: 18,000
        // over 3 active customers → mean 6,000, churn 25%.
        var customers = CustomerCsv.Load(RepoPathsForTests.TestData("four-customers.csv"));
        var segmentation = new Segmentation("hand", new Dictionary<string, string>(), new DateOnly(2026, 6, 30),
            [new SegmentDefinition("a", "A", "first two", "C1, C2"), new SegmentDefinition("b", "B", "last two", "C3, C4")],
            ["C1", "C2", "C3", "C4"], ["a", "a", "b", "b"]);
        var profile = new SegmentProfiler().Profile(segmentation, new SegmentationData(customers, AsOf: new DateOnly(2026, 6, 30)));

        var lines = ((string)DisplayFormatter.Format(profile)["text/plain"]!).Split('\n');
        lines[0].Should().Be("Profiles of the hand segments as of 2026-06-30 (first row: the whole base)");
        Cells(lines[3]).Take(8).Should().Equal("_base", "All customers", "4", "100.0%", "6,000", "100.0%", "36,000", "25.0%");
        Cells(lines[4]).Take(8).Should().Equal("a", "A", "2", "50.0%", "12,000", "66.7%", "36,000", "50.0%");
        Cells(lines[5]).Take(8).Should().Equal("b", "B", "2", "50.0%", "3,000", "33.3%", "0", "0.0%");
    }

    [Fact]
    public void An_empty_segment_shows_dashes_for_what_it_cannot_have_not_NaN()
    {
        // B has no customer: its share is 0 % but its mean ARR, ARR share of an empty active base
        // and churn rate are undefined.
        var customers = CustomerCsv.Load(RepoPathsForTests.TestData("four-customers.csv"));
        var segmentation = new Segmentation("hand", new Dictionary<string, string>(), new DateOnly(2026, 6, 30),
            [new SegmentDefinition("a", "A", "everyone", "all"), new SegmentDefinition("b", "B", "nobody", "none")],
            ["C1", "C2", "C3", "C4"], ["a", "a", "a", "a"]);
        var profile = new SegmentProfiler().Profile(segmentation, new SegmentationData(customers, AsOf: new DateOnly(2026, 6, 30)));

        var text = (string)DisplayFormatter.Format(profile)["text/plain"]!;
        text.Should().NotContain("NaN");
        var empty = Cells(text.Split('\n')[5]);
        empty.Take(4).Should().Equal("b", "B", "0", "0.0%");
        empty[4].Should().Be(DisplayFormatter.Undefined, "an empty segment has no mean ARR");
        ((string)DisplayFormatter.Format(profile)["text/html"]!).Should().NotContain("NaN");
    }

    private static string[] Cells(string line) =>
        System.Text.RegularExpressions.Regex.Split(line.Trim(), "  +");
}
