using SegmentationKit.Segmenters.Clusters;

namespace SegmentationKit.Cli.Methods;

/// <summary><c>--method gmm</c>: Gaussian-mixture segments with each customer's membership probability.</summary>
public sealed class GmmMethod : ClusterMethod
{
    protected override ClusterAlgorithm Algorithm => ClusterAlgorithm.GaussianMixture;
    public override string Description => "Gaussian-mixture clusters of the behaviour columns (--k), with membership probabilities";
    public override IReadOnlyList<string>? AssignmentColumns => ["membership_probability"];
}
