namespace SegmentationKit.Clustering;

/// <summary>Shape of each Gaussian-mixture component's covariance.</summary>
public enum CovarianceType
{
    /// <summary>Each component has its own full covariance matrix (ellipses at any angle).</summary>
    Full,

    /// <summary>Each component has its own diagonal covariance (axis-aligned ellipses).</summary>
    Diagonal,
}
