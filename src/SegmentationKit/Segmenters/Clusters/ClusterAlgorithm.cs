namespace SegmentationKit.Segmenters.Clusters;

/// <summary>The clustering algorithm behind a behavioural segmentation.</summary>
public enum ClusterAlgorithm
{
    /// <summary>Gaussian mixture (EM); customers also get their membership probability.</summary>
    GaussianMixture,

    /// <summary>Agglomerative Ward, cut into k clusters; new customers go to the nearest centroid.</summary>
    Ward,

    /// <summary>k-prototypes for numeric and categorical columns together.</summary>
    KPrototypes,
}
