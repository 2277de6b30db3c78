using SegmentationKit.Clustering;
using SegmentationKit.Evaluation;
using SegmentationKit.Features;

namespace SegmentationKit.Tests.Clustering;

public class MiniBatchKMeansTests
{
    /// <summary>Five round blobs (sd 1) of 4,000 rows, centres 12 apart: truth = row / 4000.</summary>
    private static FeatureMatrix Blobs()
    {
        var random = new Random(21);
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var rows = new List<double[]>();
        for (var c = 0; c < 5; c++)
            for (var i = 0; i < 4000; i++) rows.Add([12 * c + Normal(), (c % 2) * 12 + Normal(), Normal()]);
        return FeatureMatrix.FromRows(rows);
    }

    [Fact]
    public void Mini_batches_find_separated_blobs_exactly_and_come_within_one_percent_of_full_kmeans()
    {
        var x = Blobs();
        var truth = Enumerable.Range(0, x.Rows).Select(i => i / 4000).ToArray();

        var mini = new MiniBatchKMeans(new MiniBatchKMeansOptions { Clusters = 5, BatchSize = 256, Seed = 1 }).Fit(x);
        var full = new KMeans(new KMeansOptions { Clusters = 5, Seed = 1 }).Fit(x);

        PartitionAgreement.AdjustedRandIndex(PartitionAgreement.Contingency(truth, 5, mini.Labels, 5)).Should().Be(1.0);
        mini.Inertia.Should().BeLessThan(full.Inertia * 1.01).And.BeGreaterThanOrEqualTo(full.Inertia * (1 - 1e-9));
        mini.Diagnostics.Converged.Should().BeTrue("the smoothed batch inertia settles long before 100 passes");
        mini.Predict(x).Should().Equal(mini.Labels, "the labels are the nearest centres");
    }

    [Fact]
    public void A_seed_gives_bit_identical_results_on_one_and_four_threads()
    {
        var x = Blobs();
        var one = new MiniBatchKMeans(new MiniBatchKMeansOptions { Clusters = 7, BatchSize = 512, Seed = 4, MaxDegreeOfParallelism = 1 }).Fit(x);
        var four = new MiniBatchKMeans(new MiniBatchKMeansOptions { Clusters = 7, BatchSize = 512, Seed = 4, MaxDegreeOfParallelism = 4 }).Fit(x);

        four.Centres.ToArray().Should().Equal(one.Centres.ToArray());
        four.Labels.Should().Equal(one.Labels);
        BitConverter.DoubleToInt64Bits(four.Inertia).Should().Be(BitConverter.DoubleToInt64Bits(one.Inertia));
    }

    [Fact]
    public void Bad_options_name_the_setting()
    {
        var act = () => new MiniBatchKMeansOptions { BatchSize = 0 };
        act.Should().Throw<SegmentationKit.Errors.ConfigurationException>().WithMessage("*batch_size*");
    }
}
