namespace SegmentationKit.Clustering;

/// <summary>What a user needs to trust a k-means fit (of the restart kept).</summary>
/// <param name="Iterations">Lloyd iterations run.</param>
/// <param name="Converged">True when the centres moved less than the tolerance or no row changed cluster.</param>
/// <param name="Inertia">Sum of squared Euclidean distances of rows to their centre (squared data units).</param>
/// <param name="EmptyClustersReseeded">Times a cluster emptied and was re-seeded with a farthest row.</param>
/// <param name="SeedingSeconds">Seconds spent in k-means++ seeding, over all restarts.</param>
/// <param name="IterationSeconds">Seconds spent in Lloyd iterations, over all restarts.</param>
/// <param name="Warnings">Plain-language warnings (re-seeded clusters, no convergence).</param>
public sealed record KMeansDiagnostics(
    int Iterations,
    bool Converged,
    double Inertia,
    int EmptyClustersReseeded,
    double SeedingSeconds,
    double IterationSeconds,
    IReadOnlyList<string> Warnings);
