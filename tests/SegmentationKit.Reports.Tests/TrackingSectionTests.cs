using System.Globalization;
using SegmentationKit.TestSupport;
using SegmentationKit.Tracking;

namespace SegmentationKit.Reports.Tests;

/// <summary>The overview's tracking section, on <see cref="TrackingSamples"/> (flows counted by hand there).</summary>
public class TrackingSectionTests
{
    private static string Write(string culture)
    {
        var series = TrackingSamples.ThreeQuarters();
        var run = new ReportRun("sample", SampleProfiles.OneSegment()) { History = new TrackedRunHistory(series.Result, series.Trends) };
        var path = Path.Combine(RepoPaths.NewTempFolder(), "overview.pdf");
        var report = new OverviewReport([run], null, new ReportOptions { Culture = CultureInfo.GetCultureInfo(culture) });
        using (var stream = File.Create(path)) report.Write(stream);
        report.Boxes.Where(b => !b.IsInsideLimit).Should().BeEmpty();
        // The Sankey: customers active at two successive dates are a, b, d (x→x, x→y, y→y) then a, b,
        // d, e (x→x twice, y→y, y→x), so both segments have a bar at each of the three dates.
        report.Boxes.Count(b => b.What == "flow node").Should().Be(6);
        return path;
    }

    [SkippableFact]
    public void English_overview_says_what_moved_since_the_last_snapshot()
    {
        var text = PdfText.Of(Write("en-GB"));
        text.Should().Contain("What moved since 31 March 2026 — sample");
        text.Should().Contain("75.0% of the 4 customers present at both dates stayed in their segment; 1 new customers came in and 0 churned or left.");
        text.Should().Contain("From segment to segment, 31 March 2026 → 30 June 2026").And.Contain("Active customers by snapshot");
        text.Should().Contain("Flows across the 3 snapshots");
    }

    [SkippableFact]
    public void French_overview_says_it_in_French()
    {
        var text = PdfText.Of(Write("fr-FR"));
        text.Should().Contain("Ce qui a bougé depuis le 31 mars 2026 — sample");
        text.Should().Contain("75,0 % des 4 clients présents aux deux dates sont restés dans leur segment");
        text.Should().Contain("Clients actifs par instantané").And.Contain("Les flux sur les 3 instantanés");
    }
}
