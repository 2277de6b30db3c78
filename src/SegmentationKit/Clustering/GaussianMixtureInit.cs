namespace SegmentationKit.Clustering;

/// <summary>How a Gaussian mixture's first parameters are chosen.</summary>
public enum GaussianMixtureInit
{
    /// <summary>k-means++ seeds (D² sampling with the seed), every row assigned to its nearest seed;
    /// the first M-step estimates the components from those groups.</summary>
    KMeansPlusPlus,
}
