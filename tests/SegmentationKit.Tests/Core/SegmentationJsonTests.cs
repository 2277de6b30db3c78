namespace SegmentationKit.Tests.Core;

public class SegmentationJsonTests
{
    private static Segmentation Sample() => new(
        "rfm",
        new Dictionary<string, string> { ["bins"] = "5", ["as_of"] = "2024-01-31" },
        new DateOnly(2024, 1, 31),
        [new SegmentDefinition("champions", "Champions", "Bought recently, buy often", "R 5–5, F 5–5, M 5–5"),
         new SegmentDefinition("others", "Others", "No rule matched", "—")],
        ["c1", "c2", "c3"],
        ["champions", "others", "champions"],
        new Dictionary<string, double[]> { ["recency_days"] = [1, 0.1 + 0.2, double.NaN] });

    [Fact]
    public void Json_round_trip_keeps_every_field_and_exact_doubles()
    {
        var original = Sample();
        var back = Segmentation.FromJson(original.ToJson());

        back.Method.Should().Be("rfm");
        back.Parameters.Should().Equal(original.Parameters);
        back.AsOf.Should().Be(new DateOnly(2024, 1, 31));
        back.Segments.Should().Equal(original.Segments);
        back.CustomerIds.Should().Equal("c1", "c2", "c3");
        back.SegmentIds.Should().Equal("champions", "others", "champions");
        back.CustomerMeasures["recency_days"][1].Should().Be(0.1 + 0.2); // exact, not approximately
        double.IsNaN(back.CustomerMeasures["recency_days"][2]).Should().BeTrue();
        back.KitVersion.Should().Be(original.KitVersion);
        back.ToJson().Should().Be(original.ToJson());
    }

    [Fact]
    public void Sizes_count_customers_per_segment_in_catalog_order()
    {
        Sample().Sizes().Should().Equal(2, 1);
        Sample().SegmentIndexes().Should().Equal(0, 1, 0);
    }

    [Fact]
    public void An_assignment_to_a_segment_missing_from_the_catalog_is_rejected()
    {
        var act = () => new Segmentation("x", new Dictionary<string, string>(), null,
            [new SegmentDefinition("a", "A", "", "")], ["c1"], ["b"]);
        act.Should().Throw<ArgumentException>().WithMessage("*'b'*not in the catalog*");
    }
}
