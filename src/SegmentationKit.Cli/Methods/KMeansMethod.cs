using SegmentationKit.Segmenters.Clusters;

namespace SegmentationKit.Cli.Methods;

/// <summary><c>--method kmeans</c>: k-means segments of the behaviour columns.</summary>
public sealed class KMeansMethod : ClusterMethod
{
    protected override ClusterAlgorithm Algorithm => ClusterAlgorithm.KMeans;
    public override string Description => "k-means clusters of the behaviour columns (--k; greedy k-means++, best of --set kmeans.restarts=N starts)";
}
