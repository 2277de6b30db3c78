using SegmentationKit.Charts;

namespace SegmentationKit.Formatting;

/// <summary>Settings of the notebook display shared by both kernels.</summary>
public static class DisplayOptions
{
    /// <summary>Environment variable naming a local plotly.js (e.g.
    /// node_modules/plotly.js-dist-min/plotly.min.js) to inline into every chart, for notebooks that
    /// must draw offline once converted to HTML.</summary>
    public const string PlotlyJsVariable = "SEGKIT_PLOTLY_JS";

    private static PlotlyJsSource? _plotlyJs;

    /// <summary>Where a chart's HTML gets plotly.js when the page has none: the file named by
    /// SEGKIT_PLOTLY_JS (inlined) when set, else the pinned CDN copy. Settable from a cell.</summary>
    public static PlotlyJsSource PlotlyJs
    {
        get => _plotlyJs ??= FromEnvironment();
        set => _plotlyJs = value ?? throw new ArgumentNullException(nameof(value));
    }

    private static PlotlyJsSource FromEnvironment()
    {
        var path = Environment.GetEnvironmentVariable(PlotlyJsVariable);
        if (string.IsNullOrWhiteSpace(path)) return PlotlyJsSource.Cdn;
        if (!File.Exists(path))
            throw new Errors.ConfigurationException(null, PlotlyJsVariable, $"{path} does not exist",
                "point SEGKIT_PLOTLY_JS at plotly.min.js (npm install plotly.js-dist-min), or unset it to load plotly.js from the CDN");
        return PlotlyJsSource.Inline(path);
    }
}
