using SegmentationKit.Segmenters.Clusters;

namespace SegmentationKit.Cli.Methods;

/// <summary><c>--method ward</c>: agglomerative Ward clusters (up to 20,000 customers).</summary>
public sealed class WardMethod : ClusterMethod
{
    protected override ClusterAlgorithm Algorithm => ClusterAlgorithm.Ward;
    public override string Description => "agglomerative Ward clusters of the behaviour columns (--k; up to 20,000 customers)";
}
