using SegmentationKit.Formatting;
using SegmentationKit.Tracking;

namespace SegmentationKit.Notebooks.Tests;

/// <summary>How a tracked series shows in a notebook (both kernels use these formatters).</summary>
public sealed class TrackingDisplayTests
{
    [Fact]
    public void A_tracked_series_shows_each_snapshot_what_moved_last_and_the_sankey()
    {
        var data = DisplayFormatter.Format(TrackingSamples.ThreeQuarters());

        var text = (string)data["text/plain"]!;
        text.Should().StartWith("sample tracked over 3 snapshots");
        var lines = text.Split('\n');
        lines.Should().Contain(l => l.StartsWith("2026-03-31") && l.Contains("66.7%"));   // a, d stayed of a, b, d
        lines.Should().Contain(l => l.StartsWith("2026-06-30") && l.Contains("75.0%"));
        text.Should().Contain("What moved since the last snapshot (2026-03-31 → 2026-06-30)");
        // x: 2 then, 3 now, 2 stayed, 1 from y (d), nobody new, out or lost.
        lines.Should().Contain(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^x\s+Explorers\s+2\s+3\s+2\s+1\s+0\s+0\s+0\s*$"));
        var html = (string)data["text/html"]!;
        html.Should().Contain("<th>stayed in segment</th>").And.Contain("\"type\":\"sankey\"");
    }

    [Fact]
    public void The_kernels_display_the_tracking_types_with_the_kit_formatters()
    {
        DisplayFormatter.Handles(typeof(TrackedSeries)).Should().BeTrue();
        DisplayFormatter.Handles(typeof(TrackingTrends)).Should().BeTrue();
        ((string)DisplayFormatter.Format(TrackingSamples.ThreeQuarters().Trends)["text/plain"]!).Should().StartWith("sample tracked over 3 snapshots");
    }
}
