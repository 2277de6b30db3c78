using SegmentationKit.Profiling;

namespace SegmentationKit.Tests.Profiling;

/// <summary>The median is found by selection, not by sorting: it must be exactly the sorted array's
/// middle (or the mean of its two middles), whatever the order, duplicates or size.</summary>
public class MedianTests
{
    [Theory]
    [InlineData(new double[] { 5 }, 5)]
    [InlineData(new double[] { 3, 1 }, 2)]
    [InlineData(new double[] { 9, 1, 5 }, 5)]
    [InlineData(new double[] { 4, 4, 1, 9 }, 4)]
    [InlineData(new double[] { 10, -2, 7, 3 }, 5)]
    public void Median_of_small_arrays_worked_by_hand(double[] values, double expected) =>
        Stats.Median(values).Should().Be(expected);

    [Fact]
    public void Median_equals_the_sorted_middle_on_random_arrays_with_ties_and_sorted_runs()
    {
        var random = new Random(11);
        for (var trial = 0; trial < 400; trial++)
        {
            var n = random.Next(1, 3000);
            var values = new double[n];
            var kind = trial % 4;
            for (var i = 0; i < n; i++)
                values[i] = kind switch
                {
                    0 => random.NextDouble() * 1000,     // distinct
                    1 => random.Next(5),                 // heavy ties
                    2 => i,                              // already sorted
                    _ => n - i + (i % 7 == 0 ? 0.5 : 0), // reversed with bumps
                };
            var sorted = values.Order().ToArray();
            var mid = n / 2;
            var expected = n % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
            Stats.Median(values).Should().Be(expected, $"trial {trial}, n = {n}");
        }
    }

    [Fact]
    public void Median_leaves_its_input_untouched()
    {
        double[] values = [3, 1, 2, 5, 4];
        Stats.Median(values).Should().Be(3);
        values.Should().Equal(3, 1, 2, 5, 4);
    }
}
