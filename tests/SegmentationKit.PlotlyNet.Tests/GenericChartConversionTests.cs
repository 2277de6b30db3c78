using System.Text.Json.Nodes;
using Plotly.NET;
using SegmentationKit.Charts;

namespace SegmentationKit.PlotlyNet.Tests;

public sealed class GenericChartConversionTests
{
    public static TheoryData<string> Figures => new() { "bars", "heatmap", "sankey", "radar" };

    private static PlotlyFigure Build(string name) => name switch
    {
        "bars" => GeneralCharts.Bars(["A", "B"], [("2025", [1.0, 2]), ("2026", [1.5, 2.5])], "Churn", yTickFormat: ".0%"),
        "heatmap" => GeneralCharts.Heatmap(["A", "B"], ["X", "Y"], [[3, 0], [1, 2]], "Migration"),
        "sankey" => GeneralCharts.Sankey(["A", "B"], ["X", "Y"], [[3, 0], [1, 2]], "Migration"),
        "radar" => ClusterCharts.Radar(SegmentationKit.Features.FeatureMatrix.FromRows([[1.0, -1, 0.5], [-0.5, 0.25, 2]], ["usage", "tickets", "seats"]), ["Power", "Risk"]),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Figures))]
    public void The_chart_carries_every_trace_and_layout_property_of_the_kit_figure(string name)
    {
        var figure = Build(name);
        var kit = figure.ToJsonObject();
        var converted = JsonNode.Parse(GenericChart.toFigureJson(figure.ToGenericChart()))!;

        var traces = converted["data"]!.AsArray();
        traces.Should().HaveCount(kit["data"]!.AsArray().Count);
        for (var i = 0; i < traces.Count; i++)
            foreach (var (key, value) in kit["data"]![i]!.AsObject())
                JsonNode.DeepEquals(traces[i]![key], value).Should().BeTrue($"trace {i}'s {key} is {value?.ToJsonString()}, got {traces[i]![key]?.ToJsonString()}");
        foreach (var (key, value) in kit["layout"]!.AsObject())
            JsonNode.DeepEquals(converted["layout"]![key], value).Should().BeTrue($"layout {key} is {value?.ToJsonString()}, got {converted["layout"]![key]?.ToJsonString()}");
    }
}
