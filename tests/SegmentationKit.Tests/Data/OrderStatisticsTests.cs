using SegmentationKit.Data;

namespace SegmentationKit.Tests.Data;

public class OrderStatisticsTests
{
    [Fact]
    public void Select_finds_every_rank_that_a_sort_finds()
    {
        var rng = new Random(3);
        foreach (var n in new[] { 1, 2, 3, 10, 101, 1000 })
        {
            // Few distinct values too, where naive partitions degrade.
            var values = Enumerable.Range(0, n).Select(_ => (double)rng.Next(0, n < 10 ? 3 : n / 3)).ToArray();
            var sorted = values.OrderBy(v => v).ToArray();
            for (var k = 0; k < n; k += Math.Max(1, n / 17))
                OrderStatistics.Select(values.ToArray().AsSpan(), k).Should().Be(sorted[k], $"n={n}, k={k}");
        }
    }

    [Fact]
    public void Select_handles_sorted_and_reversed_input()
    {
        var up = Enumerable.Range(0, 10_001).ToArray();
        OrderStatistics.Select(up.ToArray().AsSpan(), 5000).Should().Be(5000);
        OrderStatistics.Select(up.Reverse().ToArray().AsSpan(), 17).Should().Be(17);
    }

    [Theory]
    [InlineData(new[] { 5.0 }, 5.0)]
    [InlineData(new[] { 4.0, 1.0 }, 2.5)]
    [InlineData(new[] { 3.0, 1.0, 2.0 }, 2.0)]
    [InlineData(new[] { 10.0, 40.0, 30.0, 20.0 }, 25.0)]
    [InlineData(new[] { 7.0, 7.0, 7.0, 1.0 }, 7.0)]
    public void Median_is_the_middle_value_or_the_mean_of_the_two_middle_values(double[] values, double median) =>
        OrderStatistics.Median(values.AsSpan()).Should().Be(median);
}
