using SegmentationKit.Segmenters.Clusters;

namespace SegmentationKit.Cli.Methods;

/// <summary><c>--method kprototypes</c>: k-prototypes clusters of numeric and categorical columns together.</summary>
public sealed class KPrototypesMethod : ClusterMethod
{
    protected override ClusterAlgorithm Algorithm => ClusterAlgorithm.KPrototypes;
    public override string Description => "k-prototypes clusters of numeric and categorical columns (--k; --set kprototypes.columns=[...])";
}
