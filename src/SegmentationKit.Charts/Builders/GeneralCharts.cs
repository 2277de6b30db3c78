namespace SegmentationKit.Charts;

/// <summary>Charts over plain numbers, for what the specialised builders do not cover:
/// grouped bars, lines, box plots by group, bubbles, heatmaps and Sankey flows.</summary>
public static class GeneralCharts
{
    /// <summary>Bars of one or more series over the same categories (grouped when several).</summary>
    public static PlotlyFigure Bars(IReadOnlyList<string> categories, IReadOnlyList<(string Name, IReadOnlyList<double> Values)> series,
        string? title = null, string? yTitle = null, string? yTickFormat = null)
    {
        var traces = series.Select((s, i) => (PlotlyTrace)new BarTrace
        {
            Name = s.Name,
            Categories = categories,
            Values = s.Values,
            Marker = new Marker { Color = ChartPalette.ForIndex(i) },
        }).ToArray();
        return new PlotlyFigure(traces, new PlotlyLayout
        {
            Title = title,
            YTitle = yTitle,
            YTickFormat = yTickFormat,
            BarMode = series.Count > 1 ? "group" : null,
            ShowLegend = series.Count > 1,
        });
    }

    /// <summary>One line (with markers) per series over the same x values, e.g. a KPI by month or the
    /// share still customers by year; a point whose y is NaN is left as a gap, not drawn at zero.</summary>
    public static PlotlyFigure Lines(IReadOnlyList<double> x, IReadOnlyList<(string Name, IReadOnlyList<double> Values)> series,
        string? title = null, string? xTitle = null, string? yTitle = null, string? yTickFormat = null)
    {
        foreach (var (name, values) in series)
            if (values.Count != x.Count)
                throw new ArgumentException($"series '{name}' has {values.Count} values for {x.Count} x values", nameof(series));
        var traces = series.Select((s, i) => (PlotlyTrace)new ScatterTrace
        {
            Name = s.Name,
            X = x,
            Y = s.Values,
            Mode = "lines+markers",
            Marker = new Marker { Color = ChartPalette.ForIndex(i) },
        }).ToArray();
        return new PlotlyFigure(traces, new PlotlyLayout
        {
            Title = title, XTitle = xTitle, YTitle = yTitle, YTickFormat = yTickFormat, ShowLegend = series.Count > 1,
        });
    }

    /// <summary>One box per group (e.g. ARR by segment).</summary>
    public static PlotlyFigure Boxes(IReadOnlyList<(string Group, IReadOnlyList<double> Values)> groups, string? title = null, string? yTitle = null, bool logScale = false)
    {
        var traces = groups.Select((g, i) => (PlotlyTrace)new BoxTrace
        {
            Name = g.Group,
            Values = g.Values,
            Marker = new Marker { Color = ChartPalette.ForIndex(i) },
        }).ToArray();
        return new PlotlyFigure(traces, new PlotlyLayout { Title = title, YTitle = yTitle, YType = logScale ? "log" : null, ShowLegend = false });
    }

    /// <summary>Bubbles at (x, y) with area proportional to <paramref name="sizes"/>, one per label:
    /// e.g. share of customers vs share of revenue, bubble = customers.</summary>
    public static PlotlyFigure Bubbles(IReadOnlyList<string> labels, IReadOnlyList<double> x, IReadOnlyList<double> y, IReadOnlyList<double> sizes,
        string? title = null, string? xTitle = null, string? yTitle = null, string? xTickFormat = null, string? yTickFormat = null)
    {
        var max = sizes.Where(double.IsFinite).DefaultIfEmpty(1).Max();
        // plotly's sizeref for area mode: the largest bubble gets a 60 px diameter.
        var sizeRef = 2.0 * Math.Max(max, 1e-12) / (60.0 * 60.0);
        var traces = labels.Select((l, i) => (PlotlyTrace)new ScatterTrace
        {
            Name = l,
            X = [x[i]],
            Y = [y[i]],
            Mode = "markers+text",
            Text = [l],
            TextPosition = "top center",
            Marker = new Marker { Color = ChartPalette.ForIndex(i), Sizes = [sizes[i]], SizeReference = sizeRef, Opacity = 0.75 },
        }).ToArray();
        return new PlotlyFigure(traces, new PlotlyLayout
        {
            Title = title, XTitle = xTitle, YTitle = yTitle, XTickFormat = xTickFormat, YTickFormat = yTickFormat, ShowLegend = false,
        });
    }

    /// <summary>A labelled heatmap; <paramref name="z"/>[row][column].</summary>
    public static PlotlyFigure Heatmap(IReadOnlyList<string> rowLabels, IReadOnlyList<string> columnLabels, IReadOnlyList<IReadOnlyList<double>> z,
        string? title = null, string? xTitle = null, string? yTitle = null, string valueFormat = "N0", string colorScale = "Blues")
    {
        var text = z.Select(r => (IReadOnlyList<string>)r.Select(v => double.IsFinite(v) ? v.ToString(valueFormat, System.Globalization.CultureInfo.InvariantCulture) : "").ToArray()).ToArray();
        var trace = new HeatmapTrace { RowLabels = rowLabels, ColumnLabels = columnLabels, Z = z, CellText = text, ColorScale = colorScale };
        return new PlotlyFigure([trace], new PlotlyLayout { Title = title, XTitle = xTitle, YTitle = yTitle, YReversed = true });
    }

    /// <summary>Flows from "from" groups to "to" groups (e.g. segment migration between two runs);
    /// <paramref name="counts"/>[from][to]. Zero flows are left out.</summary>
    public static PlotlyFigure Sankey(IReadOnlyList<string> fromLabels, IReadOnlyList<string> toLabels, IReadOnlyList<IReadOnlyList<double>> counts, string? title = null)
    {
        var sources = new List<int>();
        var targets = new List<int>();
        var values = new List<double>();
        for (var i = 0; i < fromLabels.Count; i++)
            for (var j = 0; j < toLabels.Count; j++)
                if (counts[i][j] > 0)
                {
                    sources.Add(i);
                    targets.Add(fromLabels.Count + j);
                    values.Add(counts[i][j]);
                }
        var trace = new SankeyTrace
        {
            NodeLabels = fromLabels.Concat(toLabels).ToArray(),
            NodeColors = fromLabels.Select((_, i) => ChartPalette.ForIndex(i)).Concat(toLabels.Select((_, j) => ChartPalette.ForIndex(j))).ToArray(),
            LinkSources = sources,
            LinkTargets = targets,
            LinkValues = values,
        };
        return new PlotlyFigure([trace], new PlotlyLayout { Title = title });
    }
}
