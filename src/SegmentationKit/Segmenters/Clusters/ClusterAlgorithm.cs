namespace SegmentationKit.Segmenters.Clusters;

/// <summary>The clustering algorithm behind a behavioural segmentation.</summary>
public enum ClusterAlgorithm
{
    /// <summary>k-means (greedy k-means++ seeding, best of several restarts); new customers go to the nearest centre.</summary>
    KMeans,

    /// <summary>Gaussian mixture (EM); customers also get their membership probability.</summary>
    GaussianMixture,

    /// <summary>Agglomerative Ward, cut into k clusters; new customers go to the nearest centroid.</summary>
    Ward,

    /// <summary>k-prototypes for numeric and categorical columns together.</summary>
    KPrototypes,
}
