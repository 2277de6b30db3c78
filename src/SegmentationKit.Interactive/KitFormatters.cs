using System.Reflection;
using Microsoft.DotNet.Interactive.Formatting;
using SegmentationKit.Charts;
using SegmentationKit.Formatting;

namespace SegmentationKit.Interactive;

/// <summary>Hands the kit's types to the kit's own formatters (<see cref="DisplayFormatter"/>, the
/// same ones the segkit-csharp kernel uses): one set of formatters for both kernels.</summary>
public static class KitFormatters
{
    private static readonly object Gate = new();
    private static int _registered;

    /// <summary>Assemblies whose public types get the kit's display.</summary>
    public static IReadOnlyList<Assembly> KitAssemblies { get; } = [typeof(Segmentation).Assembly, typeof(PlotlyFigure).Assembly];

    /// <summary>The types registered: every type of the kit that <see cref="DisplayFormatter.Handles"/>,
    /// and sequences of them (a k sweep's rows) as one table.</summary>
    public static IReadOnlyList<Type> DisplayedTypes() =>
        KitAssemblies.SelectMany(a => a.GetExportedTypes())
            .Where(t => !t.IsGenericTypeDefinition && DisplayFormatter.Handles(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToArray();

    /// <summary>Registers text/html and text/plain formatters for <see cref="DisplayedTypes"/>;
    /// idempotent. Returns the number of kit types covered.</summary>
    public static int Register()
    {
        lock (Gate)
        {
            if (_registered > 0) return _registered;
            var types = DisplayedTypes();
            foreach (var type in types)
            {
                RegisterFor(type);
                // A chart is a chart, never a list; a type's sequences are a table of rows.
                if (!typeof(PlotlyFigure).IsAssignableFrom(type)) RegisterFor(typeof(IEnumerable<>).MakeGenericType(type));
            }
            _registered = types.Count;
            return _registered;
        }
    }

    private static void RegisterFor(Type type)
    {
        // Charts: HTML that draws with plotly.js only. The Plotly mime type is left out on purpose:
        // this kernel stores a custom application/vnd.plotly.v1+json value as a JSON string, which
        // front ends cannot draw.
        Formatter.Register(type, (value, writer) => writer.Write(DisplayFormatter.Html(value) ?? System.Net.WebUtility.HtmlEncode(DisplayFormatter.PlainText(value))), HtmlFormatter.MimeType);
        Formatter.Register(type, (value, writer) => writer.Write(DisplayFormatter.PlainText(value)), PlainTextFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(type, HtmlFormatter.MimeType, PlainTextFormatter.MimeType);
    }
}
