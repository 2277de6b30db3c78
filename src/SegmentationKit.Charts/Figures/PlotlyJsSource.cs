namespace SegmentationKit.Charts;

/// <summary>Where a standalone HTML page gets plotly.js from: a CDN script tag (default; the page
/// needs a network connection) or a local plotly.js file inlined into the page (works offline;
/// e.g. node_modules/plotly.js-dist-min/plotly.min.js from the npm package, MIT).</summary>
public sealed record PlotlyJsSource
{
    /// <summary>The plotly.js version the kit's figures are written and tested against.</summary>
    public const string TestedVersion = "4.1.2";

    private PlotlyJsSource(string? cdnUrl, string? localFile)
    {
        CdnUrl = cdnUrl;
        LocalFile = localFile;
    }

    public string? CdnUrl { get; }
    public string? LocalFile { get; }

    /// <summary>The npm package's file served by jsDelivr, pinned to <see cref="TestedVersion"/>.</summary>
    public static PlotlyJsSource Cdn { get; } =
        new($"https://cdn.jsdelivr.net/npm/plotly.js-dist-min@{TestedVersion}/plotly.min.js", null);

    public static PlotlyJsSource CdnAt(string url) => new(url, null);

    public static PlotlyJsSource Inline(string plotlyJsPath)
    {
        if (!File.Exists(plotlyJsPath))
            throw new Errors.SegmentationKitException(
                $"{plotlyJsPath}: plotly.js file not found. Fix: `npm install plotly.js-dist-min` and pass node_modules/plotly.js-dist-min/plotly.min.js");
        return new PlotlyJsSource(null, plotlyJsPath);
    }
}
