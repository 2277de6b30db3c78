using SegmentationKit.TestSupport;
using SegmentationKit.Evaluation;
using SegmentationKit.Features;
using SegmentationKit.Tests.Clustering;

namespace SegmentationKit.Tests.Evaluation;

public class ClusterQualityTests
{
    [Theory]
    // Reference values: TestData/clustering/clustering-reference.json (scikit-learn 1.2.1),
    // blobs_overlap.metrics_on_truth and metrics_on_kmeans_labels, on labels from blobs_overlap_labels.csv.
    [InlineData("truth", "metrics_on_truth")]
    [InlineData("kmeans", "metrics_on_kmeans_labels")]
    public void Metrics_on_blobs_overlap_agree_with_scikit_learn(string labelsColumn, string reference)
    {
        var expected = ClusteringReference.Values("blobs_overlap." + reference);
        var (silhouette, daviesBouldin, calinskiHarabasz, inertia) = (expected["silhouette"], expected["davies_bouldin"], expected["calinski_harabasz"], expected["inertia"]);
        var (x, _) = ClusteringFixtures.BlobsOverlap();
        var labels = ClusteringFixtures.BlobsOverlapLabels(labelsColumn);

        ClusterQuality.Silhouette(x, labels).Should().BeApproximately(silhouette, 1e-9 * silhouette);
        ClusterQuality.DaviesBouldin(x, labels).Should().BeApproximately(daviesBouldin, 1e-9 * daviesBouldin);
        ClusterQuality.CalinskiHarabasz(x, labels).Should().BeApproximately(calinskiHarabasz, 1e-9 * calinskiHarabasz);
        ClusterQuality.Inertia(x, labels).Should().BeApproximately(inertia, 1e-9 * inertia);
    }

    [Fact]
    public void Hand_worked_four_points_on_a_line()
    {
        // Clusters {0, 1} and {4, 5}. Row 0: a = 1, b = (4 + 5) / 2 = 4.5, s = 3.5 / 4.5; row 1: a = 1,
        // b = 3.5, s = 2.5 / 3.5; symmetric for the other two. Centroids 0.5 and 4.5, spreads 0.5:
        // DB = (0.5 + 0.5) / 4 = 0.25. CH: between = 2·2² + 2·2² = 16, within = 1, × (4 − 2) / (2 − 1) = 32.
        var x = FeatureMatrix.FromRows([[0.0], [1.0], [4.0], [5.0]]);
        int[] labels = [7, 7, 3, 3];

        ClusterQuality.Silhouette(x, labels).Should().BeApproximately((3.5 / 4.5 + 2.5 / 3.5) / 2, 1e-15);
        ClusterQuality.DaviesBouldin(x, labels).Should().BeApproximately(0.25, 1e-15);
        ClusterQuality.CalinskiHarabasz(x, labels).Should().BeApproximately(32, 1e-12);
        ClusterQuality.Inertia(x, labels).Should().Be(1);
    }
}
