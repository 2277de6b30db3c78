using SegmentationKit.Clustering;
using SegmentationKit.Features;

namespace SegmentationKit.Tests.Clustering;

public class MixtureSizeChoiceTests
{
    [Fact]
    public void Bic_recommends_the_five_planted_blobs_and_says_why()
    {
        // blobs_overlap.csv (scikit-learn fixture): five overlapping round clusters, so diagonal
        // covariances describe them with the fewest parameters. (With full covariances the 15 extra
        // parameters per component tip BIC to k = 4 on this overlap.)
        var (x, _) = ClusteringFixtures.BlobsOverlap();

        var choice = MixtureSizeChoice.Sweep(x, 2, 8, new GaussianMixtureOptions { Seed = 7, Restarts = 2, Covariance = CovarianceType.Diagonal });

        choice.Recommended.Should().Be(5);
        choice.Candidates.Select(c => c.Components).Should().Equal(2, 3, 4, 5, 6, 7, 8);
        choice.Reasoning.Should().StartWith("k = 5 has the lowest BIC (").And.Contain("below the next best");
        var five = choice.Candidates.Single(c => c.Components == 5);
        (five.Bic - five.Aic).Should().BeApproximately(five.ParameterCount * (Math.Log(1500) - 2), 1e-6);
    }

    [Fact]
    public void The_largest_k_winning_is_flagged()
    {
        var (x, _) = ClusteringFixtures.BlobsOverlap();

        var choice = MixtureSizeChoice.Sweep(x, 2, 3, new GaussianMixtureOptions { Seed = 1 });

        choice.Recommended.Should().Be(3);
        choice.Reasoning.Should().Contain("largest k tried");
    }
}
