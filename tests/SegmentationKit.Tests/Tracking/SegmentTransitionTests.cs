using SegmentationKit.Tracking;

namespace SegmentationKit.Tests.Tracking;

/// <summary>Five customers over two snapshots, counted by hand.</summary>
public class SegmentTransitionTests
{
    private static Segmentation Seg(DateOnly asOf, string[] customers, string[] segments) =>
        new("test", new Dictionary<string, string>(), asOf,
            [new SegmentDefinition("x", "X", "", ""), new SegmentDefinition("y", "Y", "", "")], customers, segments);

    [Fact]
    public void Counts_cover_customers_present_at_both_entered_the_new_and_left_the_churned_or_gone()
    {
        var d1 = new DateOnly(2026, 3, 31);
        var d2 = new DateOnly(2026, 6, 30);
        // At d1: a, b, c active (d churned already). At d2: a stays x, b moves x→y, c churned, e new in y.
        var first = new Snapshot(d1, Seg(d1, ["a", "b", "c", "d"], ["x", "x", "y", "y"]), new HashSet<string> { "a", "b", "c" });
        var second = new Snapshot(d2, Seg(d2, ["a", "b", "c", "d", "e"], ["x", "y", "y", "y", "y"]), new HashSet<string> { "a", "b", "e" });

        var t = SegmentTransition.Between(first, second);

        t.Counts.Should().BeEquivalentTo(new Dictionary<string, Dictionary<string, int>> { ["x"] = new() { ["x"] = 1, ["y"] = 1 } });
        t.Entered.Should().BeEquivalentTo(new Dictionary<string, int> { ["x"] = 0, ["y"] = 1 });
        t.Left.Should().BeEquivalentTo(new Dictionary<string, int> { ["x"] = 0, ["y"] = 1 });
        t.Stability.Should().Be(0.5);

        var result = TrackingResult.From("test", false, [first, second]);
        result.ToJson().Should().Contain("\"counts\": {\n        \"x\": {\n          \"x\": 1,\n          \"y\": 1");
        var trends = TrackingTrends.From(result, [first, second]);
        var y = trends.Latest!.Segments.Single(s => s.SegmentId == "y");
        (y.AtFrom, y.AtTo, y.Stayed, y.InFromOthers, y.Entered, y.OutToOthers, y.Left).Should().Be((1, 2, 0, 1, 1, 0, 1));
        trends.Retention.Single(r => r.SegmentId == "x").Retained.Should().Equal(1.0, 1.0);
        trends.Retention.Single(r => r.SegmentId == "y").Retained.Should().Equal(1.0, 0.0);
        TrackingResult.FromJson(result.ToJson()).ToJson().Should().Be(result.ToJson());
    }
}
