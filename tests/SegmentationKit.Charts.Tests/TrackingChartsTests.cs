using System.Text.Json.Nodes;
using SegmentationKit.Tracking;

namespace SegmentationKit.Charts.Tests;

/// <summary>The tracking charts on <see cref="TrackingSamples"/>, whose flows are counted by hand there.</summary>
public class TrackingChartsTests
{
    private static readonly TrackedSeries Sample = TrackingSamples.ThreeQuarters();

    [Fact]
    public void The_sankey_has_a_node_per_segment_and_date_and_links_every_move_new_and_lost_customer()
    {
        var trace = TrackingCharts.Sankey(Sample.Result, Sample.Trends).ToJsonObject()["data"]![0]!;
        trace["type"]!.GetValue<string>().Should().Be("sankey");
        var labels = trace["node"]!["label"]!.AsArray().Select(n => n!.GetValue<string>()).ToArray();
        labels.Should().Equal("Explorers · 2025-12-31", "Yielders · 2025-12-31", "Explorers · 2026-03-31", "Yielders · 2026-03-31",
            "Explorers · 2026-06-30", "Yielders · 2026-06-30", "New · 2026-03-31", "Left · 2026-03-31", "New · 2026-06-30", "Left · 2026-06-30");
        var link = trace["link"]!;
        var links = link["source"]!.AsArray().Select((s, i) => (labels[s!.GetValue<int>()], labels[link["target"]![i]!.GetValue<int>()], link["value"]![i]!.GetValue<double>())).ToArray();
        links.Should().Equal(
            ("Explorers · 2025-12-31", "Explorers · 2026-03-31", 1.0), ("Explorers · 2025-12-31", "Yielders · 2026-03-31", 1.0),
            ("Yielders · 2025-12-31", "Yielders · 2026-03-31", 1.0), ("New · 2026-03-31", "Explorers · 2026-03-31", 1.0),
            ("Explorers · 2025-12-31", "Left · 2026-03-31", 1.0),
            ("Explorers · 2026-03-31", "Explorers · 2026-06-30", 2.0), ("Yielders · 2026-03-31", "Explorers · 2026-06-30", 1.0),
            ("Yielders · 2026-03-31", "Yielders · 2026-06-30", 1.0), ("New · 2026-06-30", "Yielders · 2026-06-30", 1.0));
    }

    [Fact]
    public void Stability_flows_series_and_retention_carry_the_trends_numbers()
    {
        var stability = TrackingCharts.Stability(Sample.Trends).ToJsonObject()["data"]![0]!;
        stability["y"]!.AsArray().Select(v => v!.GetValue<double>()).Should().Equal(2.0 / 3, 0.75);

        var flows = TrackingCharts.Flows(Sample.Trends).ToJsonObject();
        flows["layout"]!["barmode"]!.GetValue<string>().Should().Be("relative");
        flows["data"]![0]!["y"]!.AsArray().Select(v => v!.GetValue<double>()).Should().Equal(1, 0);   // x gained d from y
        flows["data"]![1]!["y"]!.AsArray().Select(v => v!.GetValue<double>()).Should().Equal(0, 1);   // f new in y
        flows["data"]![2]!["y"]!.AsArray().Select(v => v!.GetValue<double>()).Should().Equal(0, -1);  // y lost d to x

        var sizes = TrackingCharts.KpiSeries(Sample.Trends, TrackingCharts.Kpi.ActiveCustomers).ToJsonObject()["data"]!;
        sizes[0]!["x"]!.AsArray().Select(v => v!.GetValue<string>()).Should().Equal("2025-12-31", "2026-03-31", "2026-06-30");
        sizes[0]!["y"]!.AsArray().Select(v => v!.GetValue<double>()).Should().Equal(3, 2, 3);
        sizes[1]!["y"]!.AsArray().Select(v => v!.GetValue<double>()).Should().Equal(1, 2, 2);

        var retention = TrackingCharts.RetentionCurves(Sample.Trends).ToJsonObject()["data"]!;
        retention[0]!["name"]!.GetValue<string>().Should().Be("Explorers (3)");
        retention[0]!["y"]!.AsArray().Select(v => v!.GetValue<double>()).Should().Equal(1, 2.0 / 3, 2.0 / 3);
    }
}
