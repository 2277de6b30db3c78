using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SegmentationKit.Notebooks.Jupyter;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Notebooks.Tests;

/// <summary>The same notebooks under both Jupyter kernels: .NET Interactive's <c>.net-csharp</c>
/// (the dotnet tool, loading the kit's packages through <c>#r "nuget: SegmentationKit.Interactive"</c>)
/// and the kit's own <c>segkit-csharp</c>, executed by the real Jupyter client (nbconvert).</summary>
public sealed class DotNetInteractiveKernelTests
{
    private const string JupyterHint = "Debian: apt-get install jupyter-nbconvert python3-nbclient python3-ipykernel python3-nbformat";

    /// <summary>The course and its solutions (notebooks/solutions/ holds the same names).</summary>
    private static string[] Notebooks() =>
        Directory.GetFiles(RepoPaths.Combine("notebooks"), "*.ipynb")
            .Concat(Directory.GetFiles(RepoPaths.Combine("notebooks", "solutions"), "*.ipynb"))
            .OrderBy(p => p, StringComparer.Ordinal).ToArray();

    [SkippableFact]
    public void Every_notebook_executes_under_dotnet_interactive_with_the_kits_tables_and_charts()
    {
        var jupyter = IntegrationTool.Require("jupyter", JupyterHint);
        var kernel = DotNetInteractive.Install();
        var notebooks = Notebooks();
        notebooks.Should().HaveCountGreaterThanOrEqualTo(22);

        foreach (var notebook in notebooks)
        {
            var outDir = RepoPaths.NewTempFolder("segkit-dni-nbconvert");
            var (code, _, stderr) = kernel.Run(jupyter, ["nbconvert", "--to", "notebook", "--execute", $"--ExecutePreprocessor.kernel_name={DotNetInteractive.KernelName}",
                "--ExecutePreprocessor.timeout=600", "--output-dir", outDir, notebook]);
            code.Should().Be(0, $"{Path.GetFileName(notebook)} must execute under {DotNetInteractive.KernelName}:\n{ProcessRunner.Tail(stderr)}");

            var cells = JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, Path.GetFileName(notebook))))!["cells"]!.AsArray()
                .Where(c => (string?)c!["cell_type"] == "code").ToArray();
            var outputs = cells.SelectMany(c => c!["outputs"]!.AsArray()).ToArray();
            outputs.Should().NotContain(o => (string?)o!["output_type"] == "error");
            // The extension ran: kit results show as the kit's tables and charts, not the generic object tree.
            var html = outputs.Select(o => Html(o!)).Where(h => h.Length > 0).ToArray();
            html.Should().Contain(h => h.StartsWith("<table class=\"segkit-table\">", StringComparison.Ordinal), Path.GetFileName(notebook));
            html.Should().Contain(h => h.StartsWith("<div id=\"segkit-", StringComparison.Ordinal), Path.GetFileName(notebook));
        }
    }

    [SkippableTheory]
    [InlineData(DotNetInteractive.KernelName)]
    [InlineData(KernelSpec.Name)]
    public void After_nbconvert_to_html_the_segmentation_is_a_table_and_every_chart_is_drawn_in_chromium(string kernelName)
    {
        var jupyter = IntegrationTool.Require("jupyter", JupyterHint);
        var chromium = IntegrationTool.Require("chromium", "apt-get install chromium");
        var plotlyJs = Environment.GetEnvironmentVariable("SEGKIT_PLOTLY_JS")
                       ?? RepoPaths.Combine(".ci", "node", "node_modules", "plotly.js-dist-min", "plotly.min.js");
        IntegrationTool.Require(plotlyJs, "npm install --prefix .ci/node plotly.js-dist-min@4.1.2");
        // The HTML page has no network: every chart inlines plotly.js (SEGKIT_PLOTLY_JS).
        var extra = new Dictionary<string, string> { ["SEGKIT_PLOTLY_JS"] = plotlyJs };
        Func<string, IEnumerable<string>, (int, string, string)> run;
        if (kernelName == KernelSpec.Name)
        {
            var (jupyterPath, _) = JupyterKernelTests.InstallKernel(RepoPaths.NewTempFolder("segkit-kernel"));
            run = (file, args) => ProcessRunner.Run(file, args, new Dictionary<string, string>(extra) { ["JUPYTER_PATH"] = jupyterPath, ["PYDEVD_DISABLE_FILE_VALIDATION"] = "1" }, 600_000);
        }
        else
        {
            var kernel = DotNetInteractive.Install();
            run = (file, args) => kernel.Run(file, args, extra);
        }

        var dir = RepoPaths.NewTempFolder("segkit-nbconvert-html");
        var notebook = RepoPaths.Combine("notebooks", "02-rfm.ipynb");
        var (code, _, stderr) = run(jupyter, ["nbconvert", "--to", "html", "--execute", $"--ExecutePreprocessor.kernel_name={kernelName}",
            "--ExecutePreprocessor.timeout=600", "--output-dir", dir, "--output", "rfm", notebook]);
        code.Should().Be(0, ProcessRunner.Tail(stderr));
        var page = Path.Combine(dir, "rfm.html");
        var html = File.ReadAllText(page);
        html.Should().Contain("<caption>rfm segmentation: 5,000 customers in 12 segments, as of 2026-06-30</caption>");
        var charts = Regex.Matches(html, "<div id=\"(segkit-[0-9a-f]{12})\" class=\"segkit-chart\"").Select(m => m.Groups[1].Value).Distinct().ToArray();
        charts.Should().HaveCount(2, "02-rfm shows the segment sizes and the R × F grid");

        var (exit, dom, chromeErr) = IntegrationTool.Run(chromium,
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", $"--user-data-dir={Path.Combine(dir, "profile")}",
            "--virtual-time-budget=20000", "--dump-dom", new Uri(page).AbsoluteUri,
        ], timeoutMs: 180_000);
        exit.Should().Be(0, chromeErr);
        foreach (var id in charts)
            dom.Should().MatchRegex($"<div id=\"{id}\"[^>]*data-plotted=\"true\"", $"plotly.js draws chart {id} and marks it once drawn");
        Regex.Matches(dom, "class=\"main-svg\"").Count.Should().BeGreaterThanOrEqualTo(2);
    }

    private static string Html(JsonNode output) => output["data"]?["text/html"] switch
    {
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        JsonValue v => (string?)v ?? "",
        _ => "",
    };
}
