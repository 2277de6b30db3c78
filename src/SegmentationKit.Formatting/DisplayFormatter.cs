using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using SegmentationKit.Charts;
using SegmentationKit.Evaluation;
using SegmentationKit.Profiling;
using SegmentationKit.Tracking;

namespace SegmentationKit.Formatting;

/// <summary>Turns a value shown in a notebook into a MIME bundle (the <c>data</c> of an nbformat
/// display): charts as Plotly JSON plus an HTML fallback; segmentations, profiles, comparisons and
/// lists of results (such as a k sweep) as HTML tables plus aligned text; anything else as text.</summary>
public static class DisplayFormatter
{
    /// <summary>Rows shown before a table is cut (the rest is counted, never silently dropped).</summary>
    public const int MaxRows = 50;

    private const int MaxListItems = 20;

    public static JsonObject Format(object? value) => value switch
    {
        null => Text("null"),
        PlotlyFigure figure => Chart(figure),
        Segmentation segmentation => Tables(SegmentationTable(segmentation)),
        PortfolioProfile profile => Tables(ProfileTable(profile)),
        SegmentProfile profile => Tables(ProfileRows($"Profile of {profile.Name}", [profile])),
        TrackedSeries series => Tracking(series.Trends, TrackingCharts.Sankey(series.Result, series.Trends)),
        TrackingTrends trends => Tracking(trends, null),
        SegmentationComparison comparison => Tables(
            ObjectRows("Segmentations compared", comparison.Segmentations.Cast<object>().ToArray()),
            ObjectRows("Agreement between pairs", comparison.Agreements.Cast<object>().ToArray())),
        string s => Text(s),
        IFormattable f when IsScalar(value.GetType()) => Text(f.ToString(null, CultureInfo.InvariantCulture)),
        _ when IsScalar(value.GetType()) => Text(Cell(value)),
        IEnumerable items when RecordRows(items) is { } rows => Tables(ObjectRows($"{rows.Length} × {ElementName(items)}", rows)),
        IEnumerable items => Text(ListText(items)),
        _ when IsRecordLike(value.GetType()) => Tables(ObjectTables(value)),
        _ => Text(value.ToString() ?? ""),
    };

    /// <summary>The text/plain form of a value, as the headless runner prints it.</summary>
    public static string PlainText(object? value) => (string?)Format(value)["text/plain"] ?? "";

    /// <summary>The text/html form of a value, or null when it has none (scalars, plain text).</summary>
    public static string? Html(object? value) => (string?)Format(value)["text/html"];

    /// <summary>Whether <paramref name="type"/> gets a display of the kit's own (a chart, a table)
    /// rather than plain text: the kit's result types and its record-like types. A kernel with
    /// formatters of its own (.NET Interactive) registers the kit's display for these only.</summary>
    public static bool Handles(Type type) =>
        typeof(PlotlyFigure).IsAssignableFrom(type) || type == typeof(Segmentation) || type == typeof(PortfolioProfile)
        || type == typeof(SegmentProfile) || type == typeof(SegmentationComparison)
        || (IsRecordLike(type) && !typeof(Exception).IsAssignableFrom(type) && !type.IsAbstract && !type.ContainsGenericParameters);

    private static JsonObject Text(string text) => new() { ["text/plain"] = text };

    private static JsonObject Chart(PlotlyFigure figure)
    {
        var bundle = new JsonObject
        {
            [PlotlyFigure.PlotlyMimeType] = figure.ToJsonObject(),
            ["text/html"] = figure.ToHtmlFragment(DisplayOptions.PlotlyJs),
            ["text/plain"] = $"PlotlyFigure: {figure.Layout.Title ?? "untitled"} ({figure.Traces.Count} trace{(figure.Traces.Count == 1 ? "" : "s")})",
        };
        // A static PNG for readers without JavaScript, only when asked (SEGKIT_STATIC_CHARTS=1).
        if (StaticChartImage.Enabled) StaticChartImage.AddTo(bundle, figure);
        return bundle;
    }

    /// <summary>A tracked series: one row per snapshot (size, stability, new and lost customers), what
    /// moved in each segment since the previous snapshot, and the Sankey of every move when given.</summary>
    private static JsonObject Tracking(TrackingTrends trends, PlotlyFigure? sankey)
    {
        string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
        var snapshots = trends.Kpis.Select((k, i) =>
        {
            var t = i == 0 ? null : trends.Transitions[i - 1];
            return (IReadOnlyList<string>)
            [
                k.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), N(k.Segments.Sum(s => s.Customers)), N(k.Segments.Sum(s => s.ActiveCustomers)),
                t is null || double.IsNaN(t.Stability) ? "" : t.Stability.ToPercent(),
                t is null ? "" : N(t.Segments.Sum(s => s.Entered)), t is null ? "" : N(t.Segments.Sum(s => s.Left)),
            ];
        }).ToList();
        var tables = new List<Table>
        {
            Cut($"{trends.Method} tracked over {trends.Dates.Count} snapshots{(trends.Frozen ? " (model frozen at the first)" : "")}",
                ["snapshot", "customers", "active", "stayed in segment", "new", "churned or gone"], snapshots),
        };
        if (trends.Latest is { } latest)
            tables.Add(Cut($"What moved since the last snapshot ({latest.From:yyyy-MM-dd} → {latest.To:yyyy-MM-dd})",
                ["segment", "name", "then", "now", "stayed", "from other segments", "new", "to other segments", "churned or gone"],
                latest.Segments.Select(f => (IReadOnlyList<string>)[f.SegmentId, f.Name, N(f.AtFrom), N(f.AtTo), N(f.Stayed), N(f.InFromOthers), N(f.Entered), N(f.OutToOthers), N(f.Left)]).ToList()));
        var bundle = Tables([.. tables]);
        if (sankey is not null) bundle["text/html"] = (string?)bundle["text/html"] + "\n" + sankey.ToHtmlFragment(DisplayOptions.PlotlyJs);
        return bundle;
    }

    private static JsonObject Tables(params Table[] tables) => new()
    {
        ["text/html"] = string.Join("\n", tables.Select(t => t.ToHtml())),
        ["text/plain"] = string.Join("\n\n", tables.Select(t => t.ToText())),
    };

    private static Table SegmentationTable(Segmentation segmentation)
    {
        var sizes = segmentation.Sizes();
        var total = Math.Max(1, segmentation.CustomerCount);
        var rows = segmentation.Segments.Select((s, i) => (IReadOnlyList<string>)
            [s.Id, s.Name, sizes[i].ToString("N0", CultureInfo.InvariantCulture), (sizes[i] / (double)total).ToPercent(), s.Description]).ToList();
        var asOf = segmentation.AsOf is { } d ? $", as of {d:yyyy-MM-dd}" : "";
        var caption = $"{segmentation.Method} segmentation: {segmentation.CustomerCount:N0} customers in {segmentation.Segments.Count} segments{asOf}";
        return Cut(caption, ["segment", "name", "customers", "share", "description"], rows);
    }

    private static Table ProfileTable(PortfolioProfile profile)
    {
        var asOf = profile.AsOf is { } d ? $" as of {d:yyyy-MM-dd}" : "";
        return ProfileRows($"Profiles of the {profile.Method} segments{asOf} (first row: the whole base)", [profile.Base, .. profile.Segments]);
    }

    private static Table ProfileRows(string caption, IReadOnlyList<SegmentProfile> profiles)
    {
        // The KPIs a reader compares across segments; the full detail stays in profile.json.
        // ARR is active ARR (customers not churned at the as-of date); what churned customers paid
        // is its own column, so no total mixes the two.
        string[] columns = ["segment", "name", "customers", "share", "mean active ARR", "share of active ARR", "ARR lost to churn", "churn rate", "NPS", "tenure (months)", "play"];
        var rows = profiles.Select(p => (IReadOnlyList<string>)
        [
            p.SegmentId, p.Name, p.Customers.ToString("N0", CultureInfo.InvariantCulture),
            p.ShareOfCustomers.ToPercent(),
            Cell(p.Value.Arr?.Mean), p.Value.Arr is { } arr ? arr.ShareOfBase.ToPercent() : "",
            Cell(p.Value.ArrLostToChurn?.Sum),
            p.Health.ChurnRate is { } churn ? churn.Value.ToPercent() : "",
            Cell(p.Health.Nps?.NetPromoterScore), Cell(p.TenureMonths?.Value),
            p.Play?.Name.En ?? "",
        ]).ToList();
        return Cut(caption, columns, rows);
    }

    private static object[]? RecordRows(IEnumerable items)
    {
        var list = items.Cast<object?>().ToList();
        if (list.Count == 0 || list.Any(i => i is null)) return null;
        var type = list[0]!.GetType();
        if (!IsRecordLike(type) || list.Any(i => i!.GetType() != type)) return null;
        return list.Cast<object>().ToArray();
    }

    private static string ElementName(IEnumerable items) =>
        items.Cast<object>().FirstOrDefault()?.GetType().Name ?? "item";

    private static Table[] ObjectTables(object value)
    {
        var type = value.GetType();
        var scalars = new List<IReadOnlyList<string>>();
        var tables = new List<Table>();
        foreach (var p in ReadableProperties(type))
        {
            var v = p.GetValue(value);
            if (v is IEnumerable e and not string && RecordRows(e) is { } rows) tables.Add(ObjectRows(p.Name, rows));
            else if (v is IEnumerable list and not string) scalars.Add([p.Name, ListText(list)]);
            else if (v is not null && IsRecordLike(v.GetType()))
            {
                // A nested result (e.g. the transaction summary inside a dataset summary) gets its own tables.
                var nested = ObjectTables(v);
                tables.Add(new Table(p.Name, nested[0].Columns, nested[0].Rows, nested[0].Rows.Count));
                tables.AddRange(nested.Skip(1));
            }
            else scalars.Add([p.Name, Cell(v)]);
        }
        return [Cut(type.Name, ["property", "value"], scalars), .. tables];
    }

    private static Table ObjectRows(string caption, IReadOnlyList<object> rows)
    {
        var type = rows.Count > 0 ? rows[0].GetType() : typeof(object);
        var columns = new List<(string Name, Func<object, object?> Get)>();
        foreach (var p in ReadableProperties(type))
        {
            if (IsScalar(p.PropertyType) || Nullable.GetUnderlyingType(p.PropertyType) is { } u && IsScalar(u))
                columns.Add((p.Name, o => p.GetValue(o)));
            else if (p.PropertyType == typeof(KpiValue))
                columns.Add((p.Name, o => (p.GetValue(o) as KpiValue)?.Value));
            else if (IsRecordLike(p.PropertyType))
            {
                // One level of nesting is flattened (e.g. Value.MeanArr), deeper stays in the JSON.
                foreach (var q in ReadableProperties(p.PropertyType).Where(q => IsScalar(q.PropertyType) || q.PropertyType == typeof(KpiValue)))
                    columns.Add(($"{p.Name}.{q.Name}", o => p.GetValue(o) is { } inner ? Unwrap(q.GetValue(inner)) : null));
            }
        }
        var cells = rows.Select(r => (IReadOnlyList<string>)columns.Select(c => Cell(c.Get(r))).ToList()).ToList();
        return Cut(caption, columns.Select(c => c.Name).ToList(), cells);
    }

    private static object? Unwrap(object? v) => v is KpiValue k ? k.Value : v;

    private static Table Cut(string caption, IReadOnlyList<string> columns, List<IReadOnlyList<string>> rows) =>
        new(caption, columns, rows.Take(MaxRows).ToList(), rows.Count);

    private static IEnumerable<PropertyInfo> ReadableProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract");

    private static bool IsScalar(Type t) =>
        t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(DateOnly)
        || t == typeof(DateTime) || t == typeof(DateTimeOffset) || t == typeof(TimeSpan) || t == typeof(Guid);

    private static bool IsRecordLike(Type t) =>
        !IsScalar(t) && !typeof(IEnumerable).IsAssignableFrom(t) && (t.IsClass || t.IsValueType) && !t.IsPointer
        && ReadableProperties(t).Any();

    private static string ListText(IEnumerable items)
    {
        var all = items.Cast<object?>().ToList();
        var shown = string.Join(", ", all.Take(MaxListItems).Select(Cell));
        return all.Count > MaxListItems ? $"[{shown}, … {all.Count - MaxListItems} more ({all.Count} in all)]" : $"[{shown}]";
    }

    // An undefined value (NaN: a rate of an empty segment, a criterion that needs more than one
    // cluster) reads as a dash in a table, as in a report, not as "NaN" or "NaN%".
    internal const string Undefined = "—";

    private static string ToPercent(this double share) =>
        double.IsNaN(share) ? Undefined : (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    internal static string Cell(object? value) => value switch
    {
        null => "",
        double d when double.IsNaN(d) => Undefined,
        // Table cells are read, not parsed: large amounts to the unit, small numbers to 2 or 4 decimals.
        double d => d.ToString(Math.Abs(d) >= 1000 ? "#,0" : Math.Abs(d) >= 1 ? "0.##" : "0.####", CultureInfo.InvariantCulture),
        float f => Cell((double)f),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable e and not string => ListText(e),
        _ => value.ToString() ?? "",
    };
}
