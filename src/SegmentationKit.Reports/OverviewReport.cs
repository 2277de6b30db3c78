using PdfSharp.Drawing;
using SegmentationKit.Evaluation;
using SegmentationKit.Reports.Layout;

namespace SegmentationKit.Reports;

/// <summary>The portfolio overview: every segment of every run in one table (size, value, churn, CLV),
/// the size-versus-value chart, the comparison of the models run and, with two runs or more, the
/// migration matrix between the first two.</summary>
public sealed class OverviewReport
{
    private readonly IReadOnlyList<ReportRun> _runs;
    private readonly SegmentationComparison? _comparison;
    private readonly ReportOptions _options;

    /// <param name="comparison">The comparison of the runs (same customers), when there are two or more.</param>
    public OverviewReport(IReadOnlyList<ReportRun> runs, SegmentationComparison? comparison, ReportOptions options)
    {
        if (runs.Count == 0) throw new ArgumentException("at least one run is needed", nameof(runs));
        _runs = runs;
        _comparison = comparison;
        _options = options;
    }

    public IReadOnlyList<DrawnBox> Boxes { get; private set; } = [];
    public int PageCount { get; private set; }

    public void Write(Stream stream)
    {
        var first = _runs[0].Profile;
        var probe = new ReportStrings(_options.Culture);
        var (document, c, T, F) = ReportDocument.Start(_options, probe["portfolio_overview"], string.Join(", ", _runs.Select(r => r.Label)), first.AsOf);
        var root = document.Outlines.Add(T["portfolio_overview"], c.Page, true);
        c.Y += c.Text(T["portfolio_overview"], new XRect(c.Left, c.Y, c.Width, 30), c.Font(22, family: WpFontResolver.Semibold), c.Theme.Ink, minSize: 12);
        c.Y += c.Text((first.AsOf is { } d ? T["as_of", F.Date(d)] : T["no_as_of"]) + "  ·  " + F.Count(first.Base.Customers) + " " + T["customers"].ToLower(_options.Culture),
            new XRect(c.Left, c.Y, c.Width, 13), c.Font(9), c.Theme.Muted) + 8;

        foreach (var run in _runs)
        {
            var p = run.Profile;
            var empty = p.Segments.Count(s => s.Customers == 0);
            c.Heading(empty == 0 ? T["run_title", run.Label, F.Count(p.Segments.Count), F.Count(p.Base.Customers)]
                : T["run_title_empty", run.Label, F.Count(p.Segments.Count), F.Count(p.Base.Customers), F.Count(empty)], 120, root);
            var columns = new List<TableColumn>
            {
                new(T["segment"], 2.8, XStringAlignment.Near), new(T["customers"], 0.9), new(T["share"], 0.8), new(T["arr"], 1.4),
                new(T["arr_share"], 0.8), new(T["lost_short"], 1.1), new(T["churn"], 0.8), new(T["churn_vs_base"], 0.7), new(T["mean_clv"], 1.0),
            };
            var rows = p.Segments.Append(p.Base).Select(s => (IReadOnlyList<string>)
            [
                s.IsBase ? T["total"] : T.SegmentName(s.Name),
                F.Count(s.Customers), F.Percent(s.ShareOfCustomers),
                s.Value.Arr is { CustomerCount: > 0 } a ? F.Money(a.Sum) : "–",
                s.Value.Arr is { CustomerCount: > 0 } a2 ? F.Percent(a2.ShareOfBase) : "–",
                s.Value.ArrLostToChurn is { } lost ? F.MoneyShort(lost.Sum) : "–",
                s.Health.ChurnRate is { CustomerCount: > 0 } ch ? F.Percent(ch.Value) : "–",
                s.IsBase ? "" : s.Health.ChurnRatioToBase is { } r ? F.Ratio(r) : "–",
                s.Value.ShownClv() is { } v ? F.MoneyShort(v.Mean) : "–",
            ]).ToList();
            Blocks.Table(c, columns, rows, p.Segments.Select(_ => false).Append(true).ToList());
            if (p.Base.Value is { Arr: not null, ActiveCustomers: { } activeCount } && p.AsOf is { } asOf)
                c.Paragraph(T["overview_totals_note", F.Count(activeCount), F.Date(asOf), F.Count(p.Base.Customers)], 7.5, c.Theme.Muted);

            if (p.Base.Health.ChurnRate is { CustomerCount: > 0 } baseChurn && p.Segments.Any(s => s.Health.ChurnRate is { CustomerCount: > 0 }))
            {
                // The key is measured first so the chart and its key land on the same page.
                var key = string.Join(" · ", p.Segments.Select((s, i) => $"{i + 1} {T.SegmentName(s.Name)}"));
                c.Heading(T["churn_by_segment"] + " — " + run.Label, 150 + c.ParagraphHeight(key, 7), root);
                Charts.Columns(c, p.Segments.Select((s, i) => ((i + 1).ToString(_options.Culture), s.Health.ChurnRate?.Value ?? double.NaN)).ToList(),
                    baseChurn.Value, T["base_rate", F.Percent(baseChurn.Value)], F.Percent);
                c.Paragraph(key, 7, c.Theme.Muted);
            }

            // Snake plot of the features that separate the segments most (at most 8), for up to 8 segments.
            var features = p.Segments.SelectMany(s => s.NumericDifferences).Where(n => double.IsFinite(n.StandardisedDifference))
                .GroupBy(n => n.Column).OrderByDescending(g => g.Max(n => Math.Abs(n.StandardisedDifference))).Take(8).Select(g => g.Key).ToList();
            var profiled = p.Segments.Select((s, i) => (Key: (i + 1).ToString(_options.Culture), Segment: s)).Where(x => x.Segment.NumericDifferences.Count > 0).ToList();
            if (features.Count >= 3 && profiled.Count is >= 2 and <= 8)
            {
                c.Heading(T["snake"] + " — " + run.Label, 200, root);
                c.Paragraph(T["snake_note"], 8, c.Theme.Muted);
                var lines = profiled.Select(x => (x.Key, features.Select(f =>
                    x.Segment.NumericDifferences.FirstOrDefault(n => n.Column == f)?.StandardisedDifference ?? double.NaN).ToArray())).ToList();
                // The scale follows the data (whole σ, 1 to 4) so the lines neither hug the axis nor leave the plot.
                var largest = lines.SelectMany(l => l.Item2).Where(double.IsFinite).Select(Math.Abs).DefaultIfEmpty(1).Max();
                Charts.Snake(c, features.Select(T.Column).ToList(), lines, Math.Clamp(Math.Ceiling(largest), 1, 4));
            }

            var withArr = p.Segments.Where(s => s.Value.Arr is { CustomerCount: > 0 }).ToList();
            if (withArr.Count > 0)
            {
                c.Heading(T["size_vs_value"] + " — " + run.Label, 240, root);
                c.Paragraph(T["size_vs_value_note"], 8, c.Theme.Muted);
                c.Y += 6;
                Charts.Bubbles(c, withArr.Select(s => ((p.Segments.ToList().IndexOf(s) + 1).ToString(_options.Culture), T.SegmentName(s.Name), s.ShareOfCustomers, s.Value.Arr!.ShareOfBase, (double)s.Customers)).ToList(),
                    T["share_of_customers"], T["share_of_arr"], v => F.Percent(v).Replace(F.Culture.NumberFormat.PercentDecimalSeparator + "0", ""));
            }
        }

        foreach (var run in _runs)
            if (run.History is { } history) TrackingSection.Write(c, T, F, run.Label, history, root);

        c.Heading(T["models_run"], 80, root);
        if (_comparison is { } cmp)
        {
            Blocks.Table(c,
            [
                new(T["method"], 2.4, XStringAlignment.Near), new(T["non_empty_segments"], 0.9), new(T["smallest"], 0.9), new(T["largest"], 0.9),
                new(T["balance"], 0.9), new(T["churn_explained"], 1.1), new(T["arr_explained"], 1.1),
            ], cmp.Segmentations.Select(m => (IReadOnlyList<string>)
            [
                m.Label + " (" + m.Method + ")", F.Count(m.SegmentCount), F.Count(m.SmallestSegment), F.Count(m.LargestSegment),
                F.Percent(m.SizeBalance), m.ChurnVarianceExplained is { } cv ? F.Percent(cv) : "–", m.ArrVarianceExplained is { } av ? F.Percent(av) : "–",
            ]).ToList());
            c.Text(T["agreement"], new XRect(c.Left, c.Y, c.Width, 12), c.Font(9, bold: true), c.Theme.Ink);
            c.Y += 14;
            Blocks.Bullets(c, cmp.Agreements.Select(a => T["agreement_text", a.First, a.Second, F.Number(a.AdjustedRandIndex, 2), F.Number(a.NormalizedMutualInformation, 2)]), 8.5);
            if (cmp.Agreements.Count > 0)
            {
                var a = cmp.Agreements[0];
                var names = _runs.ToDictionary(r => r.Label, r => r.Profile.Segments.ToDictionary(s => s.SegmentId, s => T.SegmentName(s.Name)));
                string Name(string run, string id) => names.TryGetValue(run, out var m) && m.TryGetValue(id, out var n) ? n : id;
                var rowsCount = a.Migration.RowSegments.Count;
                c.Heading(T["migration"], Math.Min(300, 40 + rowsCount * 18), root);
                c.Paragraph(T["migration_note", a.First, a.Second], 8, c.Theme.Muted);
                Charts.Heatmap(c, a.Migration.RowSegments.Select(id => Name(a.First, id)).ToList(),
                    a.Migration.ColumnSegments.Select(id => Name(a.Second, id)).ToList(), a.Migration.Counts, F.Count);
            }
        }
        else c.Paragraph(T["one_run"], 9, c.Theme.Muted);

        PageCount = document.PageCount;
        ReportDocument.Save(document, c, stream);
        Boxes = c.Boxes;
    }
}
