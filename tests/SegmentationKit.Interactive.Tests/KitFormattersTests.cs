using Microsoft.DotNet.Interactive.Formatting;
using SegmentationKit.Charts;
using SegmentationKit.Evaluation;
using SegmentationKit.Features;
using SegmentationKit.Formatting;

namespace SegmentationKit.Interactive.Tests;

/// <summary>The formatters .NET Interactive uses once the extension ran: the kit's own
/// (<see cref="DisplayFormatter"/>), reached through .NET Interactive's <see cref="Formatter"/>.</summary>
public sealed class KitFormattersTests
{
    static KitFormattersTests() => KitFormatters.Register();

    private static Segmentation ThreeCustomers() => new(
        "rfm",
        new Dictionary<string, string>(),
        new DateOnly(2026, 6, 30),
        [new SegmentDefinition("champions", "Champions", "Bought recently & often", "R 5, F 5"), new SegmentDefinition("at_risk", "At risk", "Used to buy", "R 1-2")],
        ["C1", "C2", "C3"],
        ["champions", "at_risk", "champions"]);

    [Fact]
    public void A_segmentation_is_the_kits_html_table_not_the_generic_object_tree()
    {
        var segmentation = ThreeCustomers();
        var html = segmentation.ToDisplayString(HtmlFormatter.MimeType);

        html.Should().Be(DisplayFormatter.Html(segmentation), "one set of formatters serves both kernels");
        html.Should().StartWith("<table class=\"segkit-table\"><caption>rfm segmentation: 3 customers in 2 segments, as of 2026-06-30</caption>");
        html.Should().Contain("<tr><td>champions</td><td>Champions</td><td>2</td><td>66.7%</td><td>Bought recently &amp; often</td></tr>");
        Formatter.GetPreferredMimeTypesFor(typeof(Segmentation)).Should().Equal(HtmlFormatter.MimeType, PlainTextFormatter.MimeType);
        segmentation.ToDisplayString(PlainTextFormatter.MimeType).Should().StartWith("rfm segmentation: 3 customers in 2 segments");
    }

    [Fact]
    public void A_chart_is_html_that_draws_with_plotly_js_into_a_div_named_after_its_content()
    {
        var figure = GeneralCharts.Bars(["a", "b"], [("count", (IReadOnlyList<double>)[3.0, 4.0])], title: "Counts");
        var html = figure.ToDisplayString(HtmlFormatter.MimeType);
        var again = GeneralCharts.Bars(["a", "b"], [("count", (IReadOnlyList<double>)[3.0, 4.0])], title: "Counts").ToDisplayString(HtmlFormatter.MimeType);

        html.Should().Be(again, "the div id derives from the figure, not from chance");
        html.Should().MatchRegex("^<div id=\"segkit-[0-9a-f]{12}\" class=\"segkit-chart\"");
        html.Should().Contain("Plotly.newPlot(").And.Contain("\"y\":[3,4]");
        Formatter.GetPreferredMimeTypesFor(typeof(PlotlyFigure)).Should().NotContain(PlotlyFigure.PlotlyMimeType,
            "the kernel would store that value as a JSON string, which front ends cannot draw");
    }

    [Fact]
    public void A_list_of_kit_results_is_one_table_with_a_row_each()
    {
        var sweep = KSweep.Run(FeatureMatrix.FromRows([[0, 0], [0, 1], [10, 0], [10, 1], [0, 10], [1, 10]], ["a", "b"]),
            new KSweepOptions { KMin = 2, KMax = 4, StabilityResamples = 0, Seed = 1 });
        var html = sweep.Table.ToDisplayString(HtmlFormatter.MimeType);

        html.Should().StartWith("<table class=\"segkit-table\">");
        System.Text.RegularExpressions.Regex.Matches(html, "<tr><td>").Count.Should().Be(3, "k = 2, 3 and 4");
    }

    [Fact]
    public void Registration_covers_the_kits_result_types_and_is_idempotent()
    {
        var types = KitFormatters.DisplayedTypes();
        types.Should().Contain([typeof(Segmentation), typeof(PlotlyFigure), typeof(SegmentationKit.Profiling.PortfolioProfile), typeof(KSweepResult)]);
        types.Should().NotContain(t => typeof(Exception).IsAssignableFrom(t));
        KitFormatters.Register().Should().Be(types.Count);
    }
}
