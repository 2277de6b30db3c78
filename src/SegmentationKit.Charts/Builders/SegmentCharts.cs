using System.Globalization;

namespace SegmentationKit.Charts;

/// <summary>One-line charts of a <see cref="Segmentation"/>: sizes, the RFM grid, the hierarchy.</summary>
public static class SegmentCharts
{
    /// <summary>Horizontal bars of customers per segment, largest first, labelled with the share.</summary>
    public static PlotlyFigure Sizes(Segmentation segmentation, string? title = null)
    {
        var sizes = segmentation.Sizes();
        var total = Math.Max(1, segmentation.CustomerCount);
        var order = Enumerable.Range(0, sizes.Length).OrderByDescending(i => sizes[i]).ThenBy(i => i).ToArray();
        var bar = new BarTrace
        {
            Horizontal = true,
            Categories = order.Select(i => segmentation.Segments[i].Name).ToArray(),
            Values = order.Select(i => (double)sizes[i]).ToArray(),
            Text = order.Select(i => (100.0 * sizes[i] / total).ToString("0.0", CultureInfo.InvariantCulture) + "%").ToArray(),
            HoverTemplate = "%{y}: %{x:,} customers<extra></extra>",
            Marker = new Marker { Colors = order.Select(ChartPalette.ForIndex).ToArray() },
        };
        return new PlotlyFigure([bar], new PlotlyLayout
        {
            Title = title ?? $"Customers per segment ({segmentation.Method})",
            XTitle = "Customers",
            YReversed = true,
            ShowLegend = false,
            Height = Math.Max(300, 60 + 28 * sizes.Length),
        });
    }

    /// <summary>The R × F grid of an RFM segmentation: customers in each (R score, F score) cell.
    /// Reads the r_score and f_score measures the RFM model stores with its result.</summary>
    public static PlotlyFigure RfmGrid(Segmentation segmentation, string? title = null)
    {
        if (!segmentation.CustomerMeasures.TryGetValue("r_score", out var r) || !segmentation.CustomerMeasures.TryGetValue("f_score", out var f))
            throw new Errors.SegmentationKitException(
                $"the '{segmentation.Method}' segmentation has no r_score/f_score measures. Fix: draw the RFM grid from an RFM segmentation");
        var scores = r.Concat(f).Where(double.IsFinite).ToArray();
        var bins = scores.Length == 0 ? 5 : (int)scores.Max();
        var counts = new double[bins][];
        for (var i = 0; i < bins; i++) counts[i] = new double[bins];
        for (var c = 0; c < r.Length; c++)
        {
            if (!double.IsFinite(r[c]) || !double.IsFinite(f[c])) continue; // customers without orders have no scores
            counts[(int)f[c] - 1][(int)r[c] - 1]++;
        }
        var labels = Enumerable.Range(1, bins).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray();
        var heat = new HeatmapTrace
        {
            ColumnLabels = labels.Select(l => "R" + l).ToArray(),
            RowLabels = labels.Select(l => "F" + l).ToArray(),
            Z = counts,
            CellText = counts.Select(row => (IReadOnlyList<string>)row.Select(v => v.ToString("N0", CultureInfo.InvariantCulture)).ToArray()).ToArray(),
            HoverTemplate = "%{x} × %{y}: %{z:,} customers<extra></extra>",
            ColorBarTitle = "Customers",
        };
        return new PlotlyFigure([heat], new PlotlyLayout
        {
            Title = title ?? "RFM grid: customers by recency (R) and frequency (F) score",
            XTitle = "Recency score (5 = most recent)",
            YTitle = "Frequency score (5 = most orders)",
        });
    }

    /// <summary>A treemap (or sunburst) of segment sizes, nested by each segment's
    /// <see cref="SegmentDefinition.Path"/> (a crossed segmentation's cells sit under their parts'
    /// segments, at any depth); segments without a path are top-level.</summary>
    public static PlotlyFigure Hierarchy(Segmentation segmentation, bool sunburst = false, string? title = null)
    {
        var sizes = segmentation.Sizes();
        var ids = new List<string>();
        var labels = new List<string>();
        var parents = new List<string>();
        var values = new List<double>();
        // Inner nodes keyed by their path prefix, in first-seen order so the figure is deterministic.
        var inner = new Dictionary<string, (string Label, string Parent, double Total)>(StringComparer.Ordinal);
        var innerOrder = new List<string>();
        for (var i = 0; i < sizes.Length; i++)
        {
            var segment = segmentation.Segments[i];
            var path = segment.Path is { Count: >= 2 } p ? p : null;
            var parent = "";
            if (path is not null)
                for (var level = 0; level < path.Count - 1; level++)
                {
                    var key = "p:" + string.Join("\u001f", path.Take(level + 1));
                    if (!inner.TryGetValue(key, out var node)) { node = (path[level], parent, 0); innerOrder.Add(key); }
                    inner[key] = node with { Total = node.Total + sizes[i] };
                    parent = key;
                }
            ids.Add("s:" + segment.Id);
            labels.Add(path is not null ? path[^1] : segment.Name);
            parents.Add(parent);
            values.Add(sizes[i]);
        }
        foreach (var key in innerOrder)
        {
            ids.Add(key);
            labels.Add(inner[key].Label);
            parents.Add(inner[key].Parent);
            values.Add(inner[key].Total);
        }
        var trace = new HierarchyTrace(sunburst) { Ids = ids, Labels = labels, Parents = parents, Values = values };
        return new PlotlyFigure([trace], new PlotlyLayout { Title = title ?? $"Segments ({segmentation.Method})" });
    }
}
