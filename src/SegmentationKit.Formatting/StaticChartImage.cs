using System.Diagnostics;
using System.Text.Json.Nodes;
using SegmentationKit.Charts;

namespace SegmentationKit.Formatting;

/// <summary>A PNG of a chart, drawn by headless Chromium with a local plotly.js and added to the
/// chart's display bundle as <c>image/png</c>, so a stored notebook shows its charts where no
/// JavaScript runs (GitHub, a mail, a viewer without scripts). Off unless
/// <c>SEGKIT_STATIC_CHARTS=1</c>: starting a browser per chart would slow interactive use.</summary>
public static class StaticChartImage
{
    /// <summary>Set to 1 to add the image (the notebooks' CI run that stores outputs sets it).</summary>
    public const string Variable = "SEGKIT_STATIC_CHARTS";

    /// <summary>Optional path of the Chromium to use; else chromium, chromium-browser or google-chrome on PATH.</summary>
    public const string ChromiumVariable = "SEGKIT_CHROMIUM";

    /// <summary>The local plotly.min.js the images are drawn with (else the one SEGKIT_PLOTLY_JS names).
    /// Separate from SEGKIT_PLOTLY_JS so the stored HTML keeps loading plotly.js once from the CDN
    /// instead of inlining megabytes into every chart.</summary>
    public const string PlotlyJsVariable = "SEGKIT_STATIC_CHARTS_PLOTLY_JS";

    private const int Width = 900;
    private const int DefaultHeight = 500;

    public static bool Enabled => Environment.GetEnvironmentVariable(Variable) == "1";

    /// <summary>Adds <c>image/png</c> to <paramref name="bundle"/>, or, when the image cannot be made,
    /// says why in its <c>text/plain</c> (the chart stays interactive; only the fallback is missing).</summary>
    public static void AddTo(JsonObject bundle, PlotlyFigure figure)
    {
        var (png, note) = Render(figure);
        if (png is not null) bundle["image/png"] = Convert.ToBase64String(png);
        else bundle["text/plain"] = $"{(string?)bundle["text/plain"]} [no static image: {note}]";
    }

    /// <summary>The chart as PNG bytes, or null and the reason (no Chromium, no local plotly.js, a
    /// browser that failed or timed out).</summary>
    public static (byte[]? Png, string? Note) Render(PlotlyFigure figure)
    {
        var chromium = FindChromium();
        if (chromium is null) return (null, "Chromium not found (apt-get install chromium, or set SEGKIT_CHROMIUM)");
        // Offline on purpose: the image must not depend on the CDN being reachable while outputs are stored.
        var plotlyJs = Environment.GetEnvironmentVariable(PlotlyJsVariable) is { Length: > 0 } given ? given : DisplayOptions.PlotlyJs.LocalFile;
        if (plotlyJs is null || !File.Exists(plotlyJs))
            return (null, $"set {PlotlyJsVariable} to a local plotly.min.js (npm install plotly.js-dist-min)");
        var folder = Path.Combine(Path.GetTempPath(), "segkit-chart-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var page = Path.Combine(folder, "chart.html");
            var image = Path.Combine(folder, "chart.png");
            figure.SaveHtml(page, PlotlyJsSource.Inline(plotlyJs));
            var psi = new ProcessStartInfo(chromium) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[]
                     {
                         "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--disable-background-networking",
                         "--disable-component-update", "--disable-sync", $"--user-data-dir={Path.Combine(folder, "profile")}",
                         $"--window-size={Width},{figure.Layout.Height ?? DefaultHeight}", "--virtual-time-budget=10000",
                         $"--screenshot={image}", new Uri(page).AbsoluteUri,
                     })
                psi.ArgumentList.Add(a);
            using var process = Process.Start(psi)!;
            var stderr = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                return (null, "Chromium did not finish within 120 s");
            }
            return File.Exists(image) ? (File.ReadAllBytes(image), null)
                : (null, $"Chromium exited with {process.ExitCode} and no image: {stderr.Result.Trim().Split('\n').LastOrDefault()}");
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static string? FindChromium()
    {
        if (Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } given) return File.Exists(given) ? given : null;
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var name in new[] { "chromium", "chromium-browser", "google-chrome" })
            foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
                if (File.Exists(Path.Combine(dir, name))) return Path.Combine(dir, name);
        return null;
    }
}
