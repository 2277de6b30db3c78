using SegmentationKit.Profiling;

namespace SegmentationKit.Tests.Profiling;

public class SignificanceTests
{
    [Fact]
    public void Welch_p_value_matches_the_t_distribution_tail_integrated_independently()
    {
        // a = 1..5, b = 2, 4, …, 10: t = −3 / √2.5 = −1.8974, Welch df = 6.25 / 1.0625 = 5.882;
        // two-sided p = 0.107531 (the t density integrated numerically outside the kit, trapezoid rule).
        Stats.WelchPValue([1, 2, 3, 4, 5], [2, 4, 6, 8, 10]).Should().BeApproximately(0.107531, 1e-5);
    }

    [Fact]
    public void Welch_p_value_is_1_when_the_test_cannot_be_computed()
    {
        Stats.WelchPValue([1], [2, 3, 4]).Should().Be(1);
        Stats.WelchPValue([2, 2, 2], [2, 2]).Should().Be(1);
    }

    [Fact]
    public void Numeric_difference_is_in_base_standard_deviations_with_a_bonferroni_flag()
    {
        var profile = ProfileSamples.Portfolio();
        // Weekly active users: key 40, 35, 80, 12; base adds 10, 4, 8, 2, 3, 1, 9 (c12 missing).
        double[] key = [40, 35, 80, 12];
        double[] all = [40, 35, 80, 12, 10, 4, 8, 2, 3, 1, 9];
        var mean = all.Average();
        var sd = Math.Sqrt(all.Sum(v => (v - mean) * (v - mean)) / (all.Length - 1));
        var d = profile.Segment("key").NumericDifferences.Single(x => x.Column == "weekly_active_users");
        d.SegmentMean.Should().Be(41.75);
        d.BaseMean.Should().BeApproximately(mean, 1e-12);
        d.BaseStandardDeviation.Should().BeApproximately(sd, 1e-12);
        d.StandardisedDifference.Should().BeApproximately((41.75 - mean) / sd, 1e-12);
        d.SegmentCount.Should().Be(4);
        d.BaseCount.Should().Be(11);
        d.PValue.Should().BeApproximately(Stats.WelchPValue(key, [10, 4, 8, 2, 3, 1, 9]), 1e-15);
        // 3 segments × 8 numeric or boolean columns = 24 tests: the cut is 0.01 / 24.
        d.IsSignificant.Should().Be(d.PValue < 0.01 / 24);
    }
}
