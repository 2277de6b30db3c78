using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Notebooks.Tests;

/// <summary>The stored notebooks read where no kernel runs: every chart output carries a PNG beside its
/// interactive forms, and the HTML export (notebooks/nbconvert/segkit_html.py) embeds plotly.js once
/// and draws every chart offline in Chromium.</summary>
public sealed class ReadableWithoutAKernelTests
{
    private const string JupyterHint = "Debian: apt-get install jupyter-nbconvert python3-nbclient python3-ipykernel python3-nbformat";

    [Fact]
    public void Every_chart_output_of_a_stored_notebook_carries_a_static_png()
    {
        foreach (var path in Directory.GetFiles(RepoPaths.Combine("notebooks"), "*.ipynb"))
        {
            var outputs = JsonNode.Parse(File.ReadAllText(path))!["cells"]!.AsArray()
                .SelectMany(c => c!["outputs"] as JsonArray ?? []).Select(o => o!["data"]).OfType<JsonObject>().ToArray();
            foreach (var chart in outputs.Where(d => d.ContainsKey("application/vnd.plotly.v1+json")))
            {
                var png = (string?)chart["image/png"];
                png.Should().NotBeNullOrEmpty($"{Path.GetFileName(path)}: a chart output is readable without JavaScript (store outputs with SEGKIT_STATIC_CHARTS=1)");
                Convert.FromBase64String(png!)[..8].Should().Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
            }
        }
    }

    [SkippableFact]
    public void The_html_export_embeds_plotly_once_and_chromium_draws_every_chart_offline()
    {
        var jupyter = IntegrationTool.Require("jupyter", JupyterHint);
        var chromium = IntegrationTool.Require("chromium", "apt-get install chromium");
        var plotlyJs = Environment.GetEnvironmentVariable("SEGKIT_PLOTLY_JS")
                       ?? RepoPaths.Combine(".ci", "node", "node_modules", "plotly.js-dist-min", "plotly.min.js");
        IntegrationTool.Require(plotlyJs, "npm install --prefix .ci/node plotly.js-dist-min@4.1.2");
        var dir = RepoPaths.NewTempFolder("segkit-nbconvert-course");

        // The stored notebook as it is (its outputs), converted the way notebooks/README.md says.
        var (code, _, stderr) = ProcessRunner.Run(jupyter, ["nbconvert", "--config", RepoPaths.Combine("notebooks", "nbconvert", "segkit_html.py"),
            "--to", "html", "--output-dir", dir, "--output", "course", RepoPaths.Combine("notebooks", "04-value-tiers.ipynb")],
            new Dictionary<string, string> { ["SEGKIT_PLOTLY_JS"] = plotlyJs, ["PYDEVD_DISABLE_FILE_VALIDATION"] = "1" }, 600_000);
        code.Should().Be(0, ProcessRunner.Tail(stderr));
        var page = Path.Combine(dir, "course.html");
        var html = File.ReadAllText(page);
        Regex.Matches(html, @"\* plotly\.js v\d").Count.Should().Be(1, "plotly.js is embedded once, not once per chart");
        var charts = Regex.Matches(html, "<div id=\"(segkit-[0-9a-f]{12})\" class=\"segkit-chart\"").Select(m => m.Groups[1].Value).Distinct().ToArray();
        charts.Should().HaveCountGreaterThanOrEqualTo(2, "04-value-tiers draws the tiers and the Lorenz curve");

        // No network: a proxy that does not exist, so anything fetched from the CDN would fail.
        var (exit, dom, chromeErr) = IntegrationTool.Run(chromium,
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--proxy-server=127.0.0.1:9", $"--user-data-dir={Path.Combine(dir, "profile")}",
            "--virtual-time-budget=20000", "--dump-dom", new Uri(page).AbsoluteUri,
        ], timeoutMs: 300_000);
        exit.Should().Be(0, chromeErr);
        foreach (var id in charts)
            dom.Should().MatchRegex($"<div id=\"{id}\"[^>]*data-plotted=\"true\"", $"plotly.js draws chart {id} offline");
    }
}
