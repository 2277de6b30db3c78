using System.Text.RegularExpressions;
using SegmentationKit.Features;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Charts.Tests;

/// <summary>Opens generated chart pages in headless Chromium with plotly.js from the npm package
/// plotly.js-dist-min (installed by .ci/run into .ci/node) and checks that every figure was drawn
/// without a script error.</summary>
public class ChromiumRenderingTests
{
    public static TheoryData<string> Figures => new()
    {
        "sizes", "rfm-grid", "treemap", "sunburst", "scatter", "radar", "metric-by-k", "k-sweep", "boxes", "bubbles", "heatmap", "sankey", "grouped-bars", "lines",
        "tracking-sankey", "tracking-stability", "tracking-flows", "tracking-arr", "tracking-retention",
    };

    private static readonly Tracking.TrackedSeries Tracked = Tracking.TrackingSamples.ThreeQuarters();

    private static PlotlyFigure Build(string name) => name switch
    {
        "sizes" => SegmentCharts.Sizes(ChartSamples.Rfm()),
        "rfm-grid" => SegmentCharts.RfmGrid(ChartSamples.Rfm()),
        "treemap" => SegmentCharts.Hierarchy(ChartSamples.Crossed()),
        "sunburst" => SegmentCharts.Hierarchy(ChartSamples.Crossed(), sunburst: true),
        "scatter" => ClusterCharts.Scatter2D(
            FeatureMatrix.FromRows([[0, 0], [1, 1], [5, 5], [6, 5], [5, 6], [9, 0]], ["PC1", "PC2"]), ChartSamples.Rfm()),
        "radar" => ClusterCharts.Radar(FeatureMatrix.FromRows([[1.0, -1, 0.5], [-0.5, 0.25, 2]], ["usage", "tickets", "seats"]), ["Power", "Risk"]),
        "metric-by-k" => ClusterCharts.MetricByK([2, 3, 4, 5], [0.4, 0.55, 0.5, 0.42], "Silhouette", 3),
        "k-sweep" => ClusterCharts.KSweep(ChartSamples.Sweep(), "inertia"),
        "boxes" => GeneralCharts.Boxes([("A", [1.0, 2, 3, 10]), ("B", [2.0, 2.5, 3])], "ARR by segment", "ARR", logScale: true),
        "bubbles" => GeneralCharts.Bubbles(["A", "B"], [0.2, 0.8], [0.6, 0.4], [200, 800], "Size vs value", xTickFormat: ".0%", yTickFormat: ".0%"),
        "heatmap" => GeneralCharts.Heatmap(["A", "B"], ["X", "Y"], [[3, 0], [1, 2]], "Migration"),
        "sankey" => GeneralCharts.Sankey(["A", "B"], ["X", "Y"], [[3, 0], [1, 2]], "Migration"),
        "lines" => GeneralCharts.Lines([0, 1, 2, 3], [("regular", [1.0, 0.63, 0.5, 0.43]), ("high end", [1.0, 0.87, 0.74, double.NaN])], "Survival", "year", yTickFormat: ".0%"),
        "grouped-bars" => GeneralCharts.Bars(["A", "B"], [("2025", [1.0, 2]), ("2026", [1.5, 2.5])], "Churn", yTickFormat: ".0%"),
        "tracking-sankey" => TrackingCharts.Sankey(Tracked.Result, Tracked.Trends),
        "tracking-stability" => TrackingCharts.Stability(Tracked.Trends),
        "tracking-flows" => TrackingCharts.Flows(Tracked.Trends),
        "tracking-arr" => TrackingCharts.KpiSeries(Tracked.Trends, TrackingCharts.Kpi.ActiveCustomers),
        "tracking-retention" => TrackingCharts.RetentionCurves(Tracked.Trends),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [SkippableTheory]
    [MemberData(nameof(Figures))]
    public void Chart_page_is_drawn_by_plotly_js_without_script_errors(string figure)
    {
        var chromium = IntegrationTool.Require("chromium", "apt-get install chromium");
        var plotlyJs = Environment.GetEnvironmentVariable("SEGKIT_PLOTLY_JS")
                       ?? RepoPaths.Combine(".ci", "node", "node_modules", "plotly.js-dist-min", "plotly.min.js");
        if (!File.Exists(plotlyJs))
        {
            var reason = $"plotly.js not found at {plotlyJs} (npm install --prefix .ci/node plotly.js-dist-min)";
            if (IntegrationTool.Required) throw new InvalidOperationException(reason);
            Skip.If(true, reason);
        }

        var dir = RepoPaths.NewTempFolder("segkit-chromium");
        var page = Path.Combine(dir, figure + ".html");
        var html = Build(figure).ToHtml(PlotlyJsSource.Inline(plotlyJs));
        // Record any uncaught script error in the title, which --dump-dom prints.
        html = html.Replace("<head>", "<head>\n<script>window.onerror=function(m){document.title='SCRIPT ERROR '+m;};</script>", StringComparison.Ordinal);
        File.WriteAllText(page, html);

        var (exit, dom, stderr) = IntegrationTool.Run(chromium,
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", $"--user-data-dir={Path.Combine(dir, "profile")}",
            "--virtual-time-budget=10000", "--dump-dom", new Uri(page).AbsoluteUri,
        ]);

        exit.Should().Be(0, stderr);
        Regex.Match(dom, "<title>(.*?)</title>").Groups[1].Value.Should().NotStartWith("SCRIPT ERROR");
        dom.Should().Contain("data-plotted=\"true\"", "plotly.js resolves newPlot only once the figure is drawn");
        dom.Should().Contain("class=\"main-svg\"");
    }
}
