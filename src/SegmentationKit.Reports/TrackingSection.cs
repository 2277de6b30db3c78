using PdfSharp.Drawing;
using PdfSharp.Pdf;
using SegmentationKit.Reports.Layout;
using SegmentationKit.Tracking;

namespace SegmentationKit.Reports;

/// <summary>The overview's "What moved since the last snapshot" section for a tracked run: stability,
/// flows in and out of every segment, the migration matrix of the last transition, the flows across
/// every snapshot (a Sankey) and the segments' size and active ARR at each snapshot. Numbers come from the series' files; none is computed here.</summary>
internal static class TrackingSection
{
    /// <summary>Snapshots shown in the trend tables (the latest ones), so the table fits the page width.</summary>
    private const int TrendColumns = 6;

    public static void Write(ReportComposer c, ReportStrings T, ReportFormat F, string label, TrackedRunHistory history, PdfOutline root)
    {
        var trends = history.Trends;
        if (trends.Latest is not { } latest)
        {
            c.Heading(T["tracking_one_snapshot_heading"] + " — " + label, 60, root);
            c.Paragraph(T["tracking_one_snapshot"], 9, c.Theme.Muted);
            return;
        }
        c.Heading(T["tracking_heading", F.Date(latest.From)] + " — " + label, 160, root);
        c.Paragraph(T[trends.Frozen ? "tracking_frozen" : "tracking_refit", F.Count(trends.Dates.Count), F.Date(trends.Dates[0]), F.Date(trends.Dates[^1])], 8, c.Theme.Muted);
        c.Paragraph(T["tracking_summary", F.Percent(latest.Stability), F.Count(latest.PresentAtBoth),
            F.Count(latest.Segments.Sum(s => s.Entered)), F.Count(latest.Segments.Sum(s => s.Left))], 9.5);
        c.Y += 4;
        var columns = new List<TableColumn>
        {
            new(T["segment"], 2.6, XStringAlignment.Near), new(T["tracking_then"], 0.9), new(T["tracking_now"], 0.9), new(T["tracking_stayed"], 0.9),
            new(T["tracking_in"], 1.0), new(T["tracking_new"], 0.8), new(T["tracking_out"], 1.0), new(T["tracking_left"], 1.0),
        };
        var rows = latest.Segments.Select(s => (IReadOnlyList<string>)
        [
            T.SegmentName(s.Name), F.Count(s.AtFrom), F.Count(s.AtTo),
            s.AtFrom == 0 ? "–" : F.Percent(s.StayedShare), F.Count(s.InFromOthers), F.Count(s.Entered), F.Count(s.OutToOthers), F.Count(s.Left),
        ]).ToList();
        Blocks.Table(c, columns, rows);
        c.Paragraph(T["tracking_table_note", F.Date(latest.From), F.Date(latest.To)], 7.5, c.Theme.Muted);

        var transition = history.Result.Transitions[^1];
        var fromIds = transition.Counts.Keys.ToList();
        var toIds = transition.Counts.Values.SelectMany(r => r.Keys).Distinct(StringComparer.Ordinal)
            .OrderBy(id => latest.Segments.ToList().FindIndex(s => s.SegmentId == id)).ToList();
        if (fromIds.Count > 0 && toIds.Count > 0)
        {
            string Name(string id) => T.SegmentName(latest.Segments.FirstOrDefault(s => s.SegmentId == id)?.Name ?? id);
            c.Heading(T["tracking_matrix", F.Date(latest.From), F.Date(latest.To)], Math.Min(300, 40 + fromIds.Count * 18), root);
            c.Paragraph(T["tracking_matrix_note"], 8, c.Theme.Muted);
            Charts.Heatmap(c, fromIds.Select(Name).ToList(), toIds.Select(Name).ToList(),
                fromIds.Select(f => (IReadOnlyList<int>)toIds.Select(t => transition.Counts[f].GetValueOrDefault(t)).ToArray()).ToList(), F.Count);
        }

        // The whole series as a Sankey, segments in the latest snapshot's order, then any that only
        // earlier snapshots had.
        var segmentOrder = trends.Kpis.AsEnumerable().Reverse().SelectMany(k => k.Segments)
            .GroupBy(s => s.SegmentId, StringComparer.Ordinal).Select(grp => (grp.Key, T.SegmentName(grp.First().Name))).ToList();
        if (history.Result.Transitions.Count > 0 && segmentOrder.Count > 0)
        {
            c.Heading(T["tracking_flows", F.Count(history.Result.Snapshots.Count)], 300, root);
            c.Paragraph(T["tracking_flows_note"], 8, c.Theme.Muted);
            Charts.Flows(c, history.Result.Snapshots.Select(F.Date).ToList(), segmentOrder,
                history.Result.Transitions.Select(tr => tr.Counts).ToList());
        }

        var shown = trends.Kpis.Skip(Math.Max(0, trends.Kpis.Count - TrendColumns)).ToList();
        var ids = shown.SelectMany(k => k.Segments).Select(s => s.SegmentId).Distinct(StringComparer.Ordinal).ToList();
        string SegmentName(string id) => T.SegmentName(shown.SelectMany(k => k.Segments).First(s => s.SegmentId == id).Name);
        void Trend(string heading, Func<SegmentKpiPoint, string> cell)
        {
            c.Heading(heading, 120, root);
            var trendColumns = new List<TableColumn> { new(T["segment"], 2.6, XStringAlignment.Near) };
            trendColumns.AddRange(shown.Select(k => new TableColumn(k.AsOf.ToString("d MMM yyyy", F.Culture), 1.0)));
            Blocks.Table(c, trendColumns, ids.Select(id => (IReadOnlyList<string>)
                [SegmentName(id), .. shown.Select(k => k.Segments.FirstOrDefault(s => s.SegmentId == id) is { } p ? cell(p) : "–")]).ToList());
        }
        Trend(T["tracking_sizes"], p => F.Count(p.ActiveCustomers));
        if (shown.Any(k => k.Segments.Any(s => s.ActiveArr is not null)))
            Trend(T["tracking_arr"], p => p.ActiveArr is { } a ? F.MoneyShort(a) : "–");
    }
}
