namespace SegmentationKit.Clustering;

/// <summary>How a Gaussian mixture's first parameters are chosen.</summary>
public enum GaussianMixtureInit
{
    /// <summary>The labels of a k-means fit (k-means++ seeds with the seed, then Lloyd iterations until no
    /// row changes cluster), as scikit-learn's default <c>init_params="kmeans"</c>. The default.</summary>
    KMeans,

    /// <summary>k-means++ seeds (D² sampling with the seed), every row assigned to its nearest seed;
    /// cheaper, but EM then starts further from a good partition.</summary>
    KMeansPlusPlus,
}
