using SegmentationKit.Cli.NumericClustering;
using SegmentationKit.Clustering;
using SegmentationKit.Evaluation;
using SegmentationKit.Segmenters.Clusters;

namespace SegmentationKit.Cli.Tests;

/// <summary>The defaults docs/clustering-mixtures-ward-needs.md states are the code's: a change to one
/// fails here until the docs say the new value.</summary>
public class DocumentedDefaultsTests
{
    [Fact]
    public void The_clustering_defaults_the_docs_state_are_the_codes()
    {
        // segment --method kmeans | gmm | kprototypes
        new ClusterSegmenterOptions().Restarts.Should().Be(5);
        // segkit cluster --algorithm lloyd | hamerly
        var kmeans = new KMeansOptions();
        (kmeans.Restarts, kmeans.MaxIterations, kmeans.Tolerance).Should().Be((10, 300, 1e-4));
        // --algorithm minibatch
        new MiniBatchKMeansOptions().BatchSize.Should().Be(1024);
        new MiniBatchKMeansOptions().MaxNoImprovement.Should().Be(10);
        // --algorithm gmm
        var gmm = new GaussianMixtureOptions();
        (gmm.Restarts, gmm.MaxIterations, gmm.Tolerance, gmm.RegCovar).Should().Be((1, 100, 1e-3, 1e-6));
        // --algorithm kprototypes
        var kp = new KPrototypesOptions();
        (kp.Restarts, kp.MaxIterations).Should().Be((10, 100));
        // --algorithm ward
        WardOptions.DefaultMaxRows.Should().Be(20_000);
        // silhouette: exact up to 20,000 rows in cluster, sampled on 10,000 above (choose-k: above 10,000)
        QualityMetrics.ExactSilhouetteMaxRows.Should().Be(20_000);
        SampledSilhouette.DefaultSampleSize.Should().Be(10_000);
        // choose-k
        var sweep = new KSweepOptions();
        (sweep.Restarts, sweep.StabilityResamples, sweep.MinimumStability).Should().Be((5, 6, 0.8));
        KRecommender.SmallClusterShare.Should().Be(0.02);
    }
}
