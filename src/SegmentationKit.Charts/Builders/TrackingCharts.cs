using System.Globalization;
using SegmentationKit.Tracking;

namespace SegmentationKit.Charts;

/// <summary>Charts of a tracked series (<see cref="TrackingTrends"/>): the Sankey of every move across
/// the snapshots, stability, flows in and out of each segment, KPI time series and retention by
/// segment of origin. They read the trends' numbers; they compute none.</summary>
public static class TrackingCharts
{
    /// <summary>A KPI of <see cref="SegmentKpiPoint"/> to draw over time.</summary>
    public enum Kpi
    {
        Customers,
        ActiveCustomers,
        ActiveArr,
        ChurnRate,
        Clv,
    }

    /// <summary>Every snapshot's segments as a column of nodes, customers flowing between consecutive
    /// columns, new customers from a "New" node and churned or gone customers into a "Left" node.</summary>
    public static PlotlyFigure Sankey(TrackingResult result, TrackingTrends trends, string? title = null)
    {
        var labels = new List<string>();
        var colors = new List<string>();
        var nodes = new Dictionary<(int Snapshot, string Segment), int>();
        var colorOf = SegmentColors(trends);
        for (var i = 0; i < trends.Kpis.Count; i++)
            foreach (var s in trends.Kpis[i].Segments)
            {
                nodes[(i, s.SegmentId)] = labels.Count;
                labels.Add($"{s.Name} · {Date(trends.Dates[i])}");
                colors.Add(colorOf[s.SegmentId]);
            }
        var sources = new List<int>();
        var targets = new List<int>();
        var values = new List<double>();
        void Link(int from, int to, int n)
        {
            if (n <= 0) return;
            sources.Add(from);
            targets.Add(to);
            values.Add(n);
        }
        for (var t = 0; t < result.Transitions.Count; t++)
        {
            var transition = result.Transitions[t];
            foreach (var (from, row) in transition.Counts)
                foreach (var (to, n) in row)
                    Link(nodes[(t, from)], nodes[(t + 1, to)], n);
            var newNode = labels.Count;
            labels.Add($"New · {Date(transition.To)}");
            colors.Add(ChartPalette.Base);
            foreach (var (to, n) in transition.Entered) Link(newNode, nodes[(t + 1, to)], n);
            var leftNode = labels.Count;
            labels.Add($"Left · {Date(transition.To)}");
            colors.Add("#6B7280");
            foreach (var (from, n) in transition.Left) Link(nodes[(t, from)], leftNode, n);
        }
        var trace = new SankeyTrace { NodeLabels = labels, NodeColors = colors, LinkSources = sources, LinkTargets = targets, LinkValues = values };
        return new PlotlyFigure([trace], new PlotlyLayout { Title = title ?? $"How customers moved between {result.Method} segments", Height = 520 });
    }

    /// <summary>Share of the customers present at both dates who stayed in their segment, per transition.</summary>
    public static PlotlyFigure Stability(TrackingTrends trends, string? title = null) =>
        GeneralCharts.Bars(trends.Transitions.Select(t => $"{Date(t.From)} → {Date(t.To)}").ToArray(),
            [("stayed in their segment", trends.Transitions.Select(t => t.Stability).ToArray())],
            title ?? "Stability: share of customers staying in their segment", "share of customers present at both dates", ".0%");

    /// <summary>In and out of each segment over one transition (default the last): customers coming from
    /// other segments and new ones above zero, those moving to other segments and those lost below.</summary>
    public static PlotlyFigure Flows(TrackingTrends trends, int? transition = null, string? title = null)
    {
        var t = trends.Transitions[transition ?? trends.Transitions.Count - 1];
        var names = t.Segments.Select(s => s.Name).ToArray();
        PlotlyTrace Bar(string name, Func<SegmentFlow, double> value, string color) => new BarTrace
        {
            Name = name, Categories = names, Values = t.Segments.Select(value).ToArray(), Marker = new Marker { Color = color },
        };
        return new PlotlyFigure(
        [
            Bar("from other segments", s => s.InFromOthers, ChartPalette.ForIndex(0)),
            Bar("new customers", s => s.Entered, ChartPalette.ForIndex(2)),
            Bar("to other segments", s => -s.OutToOthers, ChartPalette.ForIndex(1)),
            Bar("churned or gone", s => -s.Left, ChartPalette.ForIndex(3)),
        ], new PlotlyLayout
        {
            Title = title ?? $"What moved between {Date(t.From)} and {Date(t.To)}",
            YTitle = "customers (in above zero, out below)",
            BarMode = "relative",
            ShowLegend = true,
        });
    }

    /// <summary>One line per segment of a KPI over the snapshot dates (gaps where a segment is absent).</summary>
    public static PlotlyFigure KpiSeries(TrackingTrends trends, Kpi kpi, string? title = null)
    {
        var colorOf = SegmentColors(trends);
        var ids = colorOf.Keys.ToArray();
        var dates = trends.Dates.Select(Date).ToArray();
        var traces = ids.Select(id => (PlotlyTrace)new ScatterTrace
        {
            Name = trends.Kpis.SelectMany(k => k.Segments).First(s => s.SegmentId == id).Name,
            X = dates.Select((_, i) => (double)i).ToArray(),
            XLabels = dates,
            Y = trends.Kpis.Select(k => k.Segments.FirstOrDefault(s => s.SegmentId == id) is { } p ? Value(p, kpi) : double.NaN).ToArray(),
            Mode = "lines+markers",
            Marker = new Marker { Color = colorOf[id] },
        }).ToArray();
        var (label, format) = kpi switch
        {
            Kpi.Customers => ("customers", ",.0f"),
            Kpi.ActiveCustomers => ("active customers", ",.0f"),
            Kpi.ActiveArr => ("active ARR", ",.0f"),
            Kpi.ChurnRate => ("churn rate", ".0%"),
            _ => ("mean CLV", ",.0f"),
        };
        return new PlotlyFigure(traces, new PlotlyLayout { Title = title ?? $"{char.ToUpperInvariant(label[0])}{label[1..]} by segment", YTitle = label, YTickFormat = format, ShowLegend = true });
    }

    /// <summary>Share of each first-snapshot segment's customers still customers at each date.</summary>
    public static PlotlyFigure RetentionCurves(TrackingTrends trends, string? title = null)
    {
        var colorOf = SegmentColors(trends);
        var dates = trends.Dates.Select(Date).ToArray();
        var traces = trends.Retention.Where(r => r.Customers > 0).Select(r => (PlotlyTrace)new ScatterTrace
        {
            Name = $"{r.Name} ({r.Customers.ToString("N0", CultureInfo.InvariantCulture)})",
            X = dates.Select((_, i) => (double)i).ToArray(),
            XLabels = dates,
            Y = r.Retained,
            Mode = "lines+markers",
            Marker = new Marker { Color = colorOf[r.SegmentId] },
        }).ToArray();
        return new PlotlyFigure(traces, new PlotlyLayout
        {
            Title = title ?? $"Retention by segment at {dates[0]}", YTitle = "share still customers", YTickFormat = ".0%", ShowLegend = true,
        });
    }

    private static double Value(SegmentKpiPoint p, Kpi kpi) => kpi switch
    {
        Kpi.Customers => p.Customers,
        Kpi.ActiveCustomers => p.ActiveCustomers,
        Kpi.ActiveArr => p.ActiveArr ?? double.NaN,
        Kpi.ChurnRate => p.ChurnRate ?? double.NaN,
        _ => p.MeanClv ?? double.NaN,
    };

    /// <summary>One colour per segment id across the whole series, in first-seen order.</summary>
    private static Dictionary<string, string> SegmentColors(TrackingTrends trends)
    {
        var colors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var s in trends.Kpis.SelectMany(k => k.Segments))
            colors.TryAdd(s.SegmentId, ChartPalette.ForIndex(colors.Count));
        return colors;
    }

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
