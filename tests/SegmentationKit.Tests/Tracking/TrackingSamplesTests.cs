using SegmentationKit.Tracking;

namespace SegmentationKit.Tests.Tracking;

public class TrackingSamplesTests
{
    [Fact]
    public void The_sample_series_has_the_hand_counted_flows()
    {
        var s = TrackingSamples.ThreeQuarters();
        var (t1, t2) = (s.Result.Transitions[0], s.Result.Transitions[1]);
        t1.Counts["x"].Should().BeEquivalentTo(new Dictionary<string, int> { ["x"] = 1, ["y"] = 1 });
        t1.Counts["y"].Should().BeEquivalentTo(new Dictionary<string, int> { ["y"] = 1 });
        t1.Entered["x"].Should().Be(1);
        t1.Left["x"].Should().Be(1);
        t1.Stability.Should().BeApproximately(2.0 / 3, 1e-12);
        t2.Counts["y"].Should().BeEquivalentTo(new Dictionary<string, int> { ["x"] = 1, ["y"] = 1 });
        t2.Entered["y"].Should().Be(1);
        t2.Left.Values.Sum().Should().Be(0);
        t2.Stability.Should().Be(0.75);
        var x = s.Trends.Latest!.Segments.Single(f => f.SegmentId == "x");
        (x.AtFrom, x.AtTo, x.Stayed, x.InFromOthers, x.Entered, x.OutToOthers, x.Left).Should().Be((2, 3, 2, 1, 0, 0, 0));
        // Of x's three customers at the first date (a, b, c), c churned: 2/3 still customers after.
        s.Trends.Retention.Single(r => r.SegmentId == "x").Retained.Should().Equal(1.0, 2.0 / 3, 2.0 / 3);
        s.Trends.Kpis[2].Segments.Select(k => (k.Customers, k.ActiveCustomers)).Should().Equal((3, 3), (3, 2));
        TrackingTrends.FromJson(s.Trends.ToJson()).ToJson().Should().Be(s.Trends.ToJson());
    }
}
