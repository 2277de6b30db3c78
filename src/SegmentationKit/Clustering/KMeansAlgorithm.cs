namespace SegmentationKit.Clustering;

/// <summary>How k-means finds each row's nearest centre. Both give the same centres, labels and
/// inertia from the same seeding (exact ties in distance aside, which Lloyd gives to the lower cluster).</summary>
public enum KMeansAlgorithm
{
    /// <summary>Every row against every centre at every iteration (k distances per row).</summary>
    Lloyd,

    /// <summary>Hamerly (2010): one upper and one lower distance bound per row skip the rows whose
    /// nearest centre provably did not change. Faster once few rows move (most iterations), at the
    /// cost of two doubles per row (16 n bytes, a quarter of an 8-column matrix).</summary>
    Hamerly,
}
