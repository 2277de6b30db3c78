using SegmentationKit.Clustering;
using SegmentationKit.Evaluation;
using SegmentationKit.Features;
using SegmentationKit.Segmenters.Clusters;
using SegmentationKit.Synthetic;

namespace SegmentationKit.Tests.Segmenters;

public class PlantedSegmentTests
{
    [Fact]
    public void The_best_gaussian_mixture_finds_the_generators_planted_segments_with_ari_at_least_0_9()
    {
        // The synthetic generator plants six behavioural segments (truth per customer); its documented
        // features after log1p and standard scaling should separate them.
        var dataset = SyntheticBase.Generate(new SyntheticOptions { Customers = 3000, Seed = 42 });
        var data = new SegmentationData(dataset.Customers);
        var truthLevels = dataset.TrueSegments.Distinct().ToList();
        var truth = dataset.TrueSegments.Select(s => truthLevels.IndexOf(s)).ToArray();
        var features = SyntheticBase.BehaviouralFeatures;

        var aris = new[] { CovarianceType.Full, CovarianceType.Diagonal }.Select(covariance =>
        {
            var options = new ClusterSegmenterOptions
            {
                Clusters = 6, Covariance = covariance, Seed = 42,
                Preprocessing = new PreprocessingOptions { Columns = features, Log1pColumns = features },
            };
            var segmentation = new ClusterSegmenter(options).Fit(data).Assign(data);
            var found = segmentation.SegmentIndexes();
            return PartitionAgreement.AdjustedRandIndex(PartitionAgreement.Contingency(truth, truthLevels.Count, found, 6));
        }).ToArray();

        aris.Max().Should().BeGreaterThanOrEqualTo(0.9, $"ARI full {aris[0]:F3}, diagonal {aris[1]:F3}");
    }

    [Fact]
    public void K_means_finds_the_generators_planted_segments_with_ari_at_least_0_9()
    {
        var dataset = SyntheticBase.Generate(new SyntheticOptions { Customers = 3000, Seed = 42 });
        var data = new SegmentationData(dataset.Customers);
        var truthLevels = dataset.TrueSegments.Distinct().ToList();
        var truth = dataset.TrueSegments.Select(s => truthLevels.IndexOf(s)).ToArray();
        var features = SyntheticBase.BehaviouralFeatures;
        var options = new ClusterSegmenterOptions
        {
            Algorithm = ClusterAlgorithm.KMeans, Clusters = 6, Restarts = 10, Seed = 42,
            Preprocessing = new PreprocessingOptions { Columns = features, Log1pColumns = features },
        };

        var found = new ClusterSegmenter(options).Fit(data).Assign(data).SegmentIndexes();

        var ari = PartitionAgreement.AdjustedRandIndex(PartitionAgreement.Contingency(truth, truthLevels.Count, found, 6));
        ari.Should().BeGreaterThanOrEqualTo(0.9);
    }
}
