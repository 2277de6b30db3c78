using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SegmentationKit.Charts;

/// <summary>A Plotly figure: traces plus layout. Renders to Plotly JSON (the
/// <c>application/vnd.plotly.v1+json</c> payload that JupyterLab and VS Code draw natively), to a
/// standalone HTML page, or to a notebook display bundle. Output is deterministic.</summary>
public sealed class PlotlyFigure
{
    public const string PlotlyMimeType = "application/vnd.plotly.v1+json";

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = false };

    public PlotlyFigure(IEnumerable<PlotlyTrace> traces, PlotlyLayout? layout = null)
    {
        Traces = traces.ToArray();
        Layout = layout ?? new PlotlyLayout();
    }

    public IReadOnlyList<PlotlyTrace> Traces { get; }
    public PlotlyLayout Layout { get; }

    /// <summary>The figure as a JSON object {data, layout, config}.</summary>
    public JsonObject ToJsonObject() => new()
    {
        ["data"] = new JsonArray(Traces.Select(t => (JsonNode?)t.ToJson()).ToArray()),
        ["layout"] = Layout.ToJson(),
        ["config"] = new JsonObject { ["responsive"] = true, ["displaylogo"] = false },
    };

    public string ToPlotlyJson() => ToJsonObject().ToJsonString(JsonOptions);

    /// <summary>A complete HTML page showing the figure.</summary>
    public string ToHtml(PlotlyJsSource? source = null)
    {
        source ??= PlotlyJsSource.Cdn;
        var title = WebUtility.HtmlEncode(Layout.Title ?? "SegmentationKit chart");
        var script = source.LocalFile is not null
            ? $"<script>{File.ReadAllText(source.LocalFile).Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase)}</script>"
            : $"<script src=\"{WebUtility.HtmlEncode(source.CdnUrl)}\" charset=\"utf-8\"></script>";
        return $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title}</title>
            {script}
            <style>body{"{"}margin:0;font-family:Segoe UI,Helvetica Neue,Arial,sans-serif{"}"} .segkit-chart{"{"}width:100%;height:100vh{"}"}</style>
            </head>
            <body>
            {ToHtmlFragment(loadPlotly: false)}
            </body>
            </html>
            """;
    }

    /// <summary>A div and the script that draws the figure into it. With <paramref name="loadPlotly"/>,
    /// loads plotly.js from the CDN first when the page does not have it yet (notebook front ends
    /// that do not render the Plotly mime type fall back to this).</summary>
    public string ToHtmlFragment(bool loadPlotly = true) => Fragment(loadPlotly ? PlotlyJsSource.Cdn : null);

    /// <summary>A div and the script that draws the figure into it, bringing plotly.js along when the
    /// page does not have it yet: loaded from <paramref name="plotlyJs"/>'s URL, or, for a local file,
    /// inlined (a page that works offline, such as a notebook converted to HTML; about 3.6 MB a chart).</summary>
    public string ToHtmlFragment(PlotlyJsSource plotlyJs) => Fragment(plotlyJs);

    private string Fragment(PlotlyJsSource? plotlyJs)
    {
        var json = ToPlotlyJson();
        // The id derives from the figure, so the same figure gives the same HTML (unlike random ids).
        var id = "segkit-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..12];
        // The JSON is embedded in a script: keep "</script>" and HTML comments from ending it early.
        var safe = json.Replace("<", "\\u003c", StringComparison.Ordinal);
        // data-plotted marks the div once plotly.js has drawn it, for screenshot tools and tests.
        var draw = $"var f={safe};Plotly.newPlot('{id}',f.data,f.layout,f.config).then(function(){{document.getElementById('{id}').setAttribute('data-plotted','true');}});";
        string body;
        if (plotlyJs is null) body = draw;
        else if (plotlyJs.LocalFile is { } file)
        {
            // Run as a plain script even where require.js defines AMD (classic Jupyter): the bundle
            // then sets window.Plotly instead of registering an anonymous module.
            var code = File.ReadAllText(file).Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);
            body = $"(function(){{if(!window.Plotly){{(function(define,module,exports){{{code}\n}}).call(window);}}{draw}}})();";
        }
        else
            body = $"(function(){{function d(){{{draw}}}if(window.Plotly){{d();}}else{{var s=document.createElement('script');s.src='{plotlyJs.CdnUrl}';s.onload=d;document.head.appendChild(s);}}}})();";
        var height = Layout.Height is { } h ? $"height:{h}px;" : "";
        return $"<div id=\"{id}\" class=\"segkit-chart\" style=\"{height}\"></div>\n<script>{body}</script>";
    }

    /// <summary>Writes the standalone page to <paramref name="path"/>.</summary>
    public void SaveHtml(string path, PlotlyJsSource? source = null) =>
        File.WriteAllText(path, ToHtml(source), new UTF8Encoding(false));

    /// <summary>The notebook display bundle: Plotly JSON for front ends that draw it natively, an
    /// HTML fallback, and a one-line text description.</summary>
    public IReadOnlyDictionary<string, object> ToDisplayBundle() => new Dictionary<string, object>
    {
        [PlotlyMimeType] = ToJsonObject(),
        ["text/html"] = ToHtmlFragment(),
        ["text/plain"] = $"PlotlyFigure: {Layout.Title ?? "untitled"} ({Traces.Count} trace{(Traces.Count == 1 ? "" : "s")})",
    };
}
