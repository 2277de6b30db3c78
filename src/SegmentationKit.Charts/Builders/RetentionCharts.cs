using SegmentationKit.Retention;

namespace SegmentationKit.Charts;

/// <summary>Charts of contractual retention (the sBG model of <see cref="RetentionAnalysis"/>).</summary>
public static class RetentionCharts
{
    /// <summary>Per cohort, the observed share still active (markers) and the fitted sBG survival
    /// curve projected to the horizon (a line), in the cohort's colour.</summary>
    public static PlotlyFigure SurvivalCurves(RetentionAnalysis analysis, string? title = null)
    {
        var unit = analysis.Period == RetentionPeriod.Year ? "years" : "months";
        var traces = new List<PlotlyTrace>();
        for (var i = 0; i < analysis.Cohorts.Count; i++)
        {
            var c = analysis.Cohorts[i];
            var color = ChartPalette.ForIndex(i);
            var observed = Enumerable.Range(0, c.ObservedSurvival.Count).Where(t => double.IsFinite(c.ObservedSurvival[t])).ToArray();
            traces.Add(new ScatterTrace
            {
                Name = $"{c.Cohort} (actual)",
                X = observed.Select(t => (double)t).ToArray(),
                Y = observed.Select(t => c.ObservedSurvival[t]).ToArray(),
                Mode = "markers",
                Marker = new Marker { Color = color, Size = 8 },
                HoverTemplate = $"{c.Cohort}, actual<br>period %{{x}}: %{{y:.1%}}<extra></extra>",
            });
            traces.Add(new ScatterTrace
            {
                Name = FormattableString.Invariant($"{c.Cohort} (sBG α {c.Alpha:0.###}, β {c.Beta:0.###})"),
                X = Enumerable.Range(0, c.Survival.Count).Select(t => (double)t).ToArray(),
                Y = c.Survival.ToArray(),
                Mode = "lines",
                Marker = new Marker { Color = color },
                HoverTemplate = $"{c.Cohort}, sBG<br>period %{{x}}: %{{y:.1%}}<extra></extra>",
            });
        }
        return new PlotlyFigure(traces, new PlotlyLayout
        {
            Title = title ?? "Share of customers still active: actual and sBG projection",
            XTitle = $"{unit} since signup",
            YTitle = "still active",
            YTickFormat = ".0%",
            ShowLegend = true,
        });
    }
}
