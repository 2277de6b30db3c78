using SegmentationKit.Features;

namespace SegmentationKit.Charts;

/// <summary>Charts of clustering results: the 2-D view coloured by segment, radar of centres, and the
/// k sweep's elbow and silhouette curves.</summary>
public static class ClusterCharts
{
    /// <summary>Scatter of the first two columns of <paramref name="projection"/> (e.g. two PCA
    /// components), one trace per segment so the legend toggles them. Rows are parallel to the
    /// segmentation's customers.</summary>
    public static PlotlyFigure Scatter2D(FeatureMatrix projection, Segmentation segmentation, string? title = null, int maxPointsPerSegment = 5000)
    {
        if (projection.Columns < 2) throw new ArgumentException("the projection needs at least two columns");
        if (projection.Rows != segmentation.CustomerCount)
            throw new ArgumentException($"the projection has {projection.Rows} rows for {segmentation.CustomerCount} customers");
        var index = segmentation.SegmentIndexes();
        var traces = new List<PlotlyTrace>();
        for (var s = 0; s < segmentation.Segments.Count; s++)
        {
            // Thin very large segments deterministically (every n-th point) to keep pages light.
            var rows = Enumerable.Range(0, index.Length).Where(i => index[i] == s).ToArray();
            var step = Math.Max(1, (int)Math.Ceiling(rows.Length / (double)maxPointsPerSegment));
            var shown = rows.Where((_, k) => k % step == 0).ToArray();
            traces.Add(new ScatterTrace
            {
                Name = segmentation.Segments[s].Name,
                X = shown.Select(i => projection[i, 0]).ToArray(),
                Y = shown.Select(i => projection[i, 1]).ToArray(),
                Text = shown.Select(i => segmentation.CustomerIds[i]).ToArray(),
                HoverTemplate = "%{text}<extra>%{fullData.name}</extra>",
                Marker = new Marker { Color = ChartPalette.ForIndex(s), Size = 5, Opacity = 0.7 },
            });
        }
        return new PlotlyFigure(traces, new PlotlyLayout
        {
            Title = title ?? "Customers in two dimensions, coloured by segment",
            XTitle = projection.ColumnNames[0],
            YTitle = projection.ColumnNames[1],
        });
    }

    /// <summary>Radar of segment centres on standardised features (one closed outline per segment).
    /// <paramref name="centers"/> has one row per segment, columns = features.</summary>
    public static PlotlyFigure Radar(FeatureMatrix centers, IReadOnlyList<string> segmentNames, string? title = null)
    {
        if (centers.Rows != segmentNames.Count) throw new ArgumentException($"{centers.Rows} centres for {segmentNames.Count} names");
        var traces = Enumerable.Range(0, centers.Rows).Select(s => (PlotlyTrace)new ScatterPolarTrace
        {
            Name = segmentNames[s],
            Theta = centers.ColumnNames,
            R = centers.Row(s).ToArray(),
            Marker = new Marker { Color = ChartPalette.ForIndex(s) },
        }).ToArray();
        var values = centers.Values.Where(double.IsFinite).DefaultIfEmpty(0).ToArray();
        var pad = 0.1 * Math.Max(1e-9, values.Max() - values.Min());
        return new PlotlyFigure(traces, new PlotlyLayout
        {
            Title = title ?? "Segment centres (standardised features)",
            PolarRange = (Math.Floor((values.Min() - pad) * 2) / 2, Math.Ceiling((values.Max() + pad) * 2) / 2),
        });
    }

    /// <summary>A metric against k (elbow of inertia, silhouette, BIC…), with the recommended k marked.</summary>
    public static PlotlyFigure MetricByK(IReadOnlyList<int> ks, IReadOnlyList<double> values, string metricName, int? recommendedK = null, string? title = null)
    {
        if (ks.Count != values.Count) throw new ArgumentException($"{ks.Count} values of k for {values.Count} metric values");
        var traces = new List<PlotlyTrace>
        {
            new ScatterTrace
            {
                Name = metricName,
                X = ks.Select(k => (double)k).ToArray(),
                Y = values,
                Mode = "lines+markers",
                Marker = new Marker { Color = ChartPalette.ForIndex(0), Size = 8 },
                HoverTemplate = "k = %{x}: %{y:.4g}<extra></extra>",
            },
        };
        if (recommendedK is { } rk && ks.Contains(rk))
        {
            var at = values[ks.ToList().IndexOf(rk)];
            traces.Add(new ScatterTrace
            {
                Name = $"recommended k = {rk}",
                X = [rk],
                Y = [at],
                Mode = "markers+text",
                Text = [$"k = {rk}"],
                TextPosition = "top center",
                Marker = new Marker { Color = ChartPalette.ForIndex(5), Size = 14 },
            });
        }
        return new PlotlyFigure(traces, new PlotlyLayout
        {
            Title = title ?? $"{metricName} by number of segments",
            XTitle = "Number of segments (k)",
            YTitle = metricName,
            ShowLegend = recommendedK is not null,
        });
    }

    /// <summary>One metric of a k sweep against k, the recommended k marked: <c>inertia</c> (the
    /// elbow), <c>silhouette</c>, <c>davies_bouldin</c>, <c>calinski_harabasz</c>, <c>bic</c> or
    /// <c>stability</c>. Values a k could not have (NaN) are left out.</summary>
    public static PlotlyFigure KSweep(SegmentationKit.Evaluation.KSweepResult sweep, string metric = "silhouette")
    {
        Func<SegmentationKit.Evaluation.KSweepRow, double> value = metric switch
        {
            "inertia" => r => r.Inertia,
            "silhouette" => r => r.Silhouette,
            "davies_bouldin" => r => r.DaviesBouldin,
            "calinski_harabasz" => r => r.CalinskiHarabasz,
            "bic" => r => r.Bic,
            "stability" => r => r.Stability,
            _ => throw new ArgumentException($"unknown metric '{metric}'; use inertia, silhouette, davies_bouldin, calinski_harabasz, bic or stability", nameof(metric)),
        };
        var name = metric switch
        {
            "inertia" => "Inertia (within-cluster sum of squares)",
            "silhouette" => "Silhouette (higher is better)",
            "davies_bouldin" => "Davies–Bouldin (lower is better)",
            "calinski_harabasz" => "Calinski–Harabasz (higher is better)",
            "bic" => "BIC (lower is better)",
            _ => "Bootstrap stability (mean ARI)",
        };
        var rows = sweep.Table.Where(r => double.IsFinite(value(r))).ToList();
        return MetricByK(rows.Select(r => r.K).ToList(), rows.Select(value).ToList(), name, sweep.Recommendation.K);
    }
}
