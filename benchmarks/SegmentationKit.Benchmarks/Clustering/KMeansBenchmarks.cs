using BenchmarkDotNet.Attributes;
using SegmentationKit.Clustering;
using SegmentationKit.Features;

namespace SegmentationKit.Benchmarks.Clustering;

/// <summary>k-means on 1,000,000 × 8 float64 Gaussian blobs (16 centres uniform in [−10, 10]⁸, sd 1:
/// the distribution of scikit-learn's <c>make_blobs(centers=16, n_features=8)</c>), k = 16, one start,
/// at most 100 iterations, tolerance 1e-4: the same fit as <c>KMeans(n_clusters=16, n_init=1,
/// algorithm="lloyd")</c> (benchmarks/compare_sklearn.py). Seeding alone is timed with one iteration
/// at most; GlobalSetup prints the seeding and per-iteration times the fit measured itself.</summary>
[SimpleJob(warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class KMeansBenchmarks
{
    private FeatureMatrix _blobs = null!;
    private FeatureMatrix _overlapping = null!;

    [GlobalSetup]
    public void Setup()
    {
        _blobs = MixtureAndWardBenchmarks.Blobs(1_000_000, 8, 16, spread: 10, seed: 7);
        // Centres within ±2 sd: the blobs overlap and Lloyd runs many iterations, where Hamerly's bounds pay.
        _overlapping = MixtureAndWardBenchmarks.Blobs(1_000_000, 8, 16, spread: 2, seed: 7);
        foreach (var algorithm in new[] { KMeansAlgorithm.Lloyd, KMeansAlgorithm.Hamerly })
        {
            var d = Fit(_overlapping, algorithm, 100).Diagnostics;
            Console.WriteLine($"// overlapping, {algorithm}: {d.Iterations} iterations, converged {d.Converged}, " +
                              $"iterations {d.IterationSeconds:F3} s ({d.IterationSeconds / d.Iterations * 1000:F1} ms each), inertia {d.Inertia:F1}");
        }
        foreach (var algorithm in new[] { KMeansAlgorithm.Lloyd, KMeansAlgorithm.Hamerly })
        {
            var d = Fit(_blobs, algorithm, 100).Diagnostics;
            Console.WriteLine($"// {algorithm}: {d.Iterations} iterations, converged {d.Converged}, seeding {d.SeedingSeconds:F3} s, " +
                              $"iterations {d.IterationSeconds:F3} s ({d.IterationSeconds / d.Iterations * 1000:F1} ms each), inertia {d.Inertia:F1}");
        }
    }

    [Benchmark]
    public KMeansModel Lloyd_1M_x8_k16() => Fit(_blobs, KMeansAlgorithm.Lloyd, 100);

    [Benchmark]
    public KMeansModel Hamerly_1M_x8_k16() => Fit(_blobs, KMeansAlgorithm.Hamerly, 100);

    [Benchmark]
    public KMeansModel Lloyd_1M_x8_k16_overlapping() => Fit(_overlapping, KMeansAlgorithm.Lloyd, 100);

    [Benchmark]
    public KMeansModel Hamerly_1M_x8_k16_overlapping() => Fit(_overlapping, KMeansAlgorithm.Hamerly, 100);

    [Benchmark]
    public KMeansModel MiniBatch_1M_x8_k16_overlapping() =>
        new MiniBatchKMeans(new MiniBatchKMeansOptions { Clusters = 16, Seed = 3 }).Fit(_overlapping);

    /// <summary>Greedy k-means++ seeding plus a single Lloyd iteration.</summary>
    [Benchmark]
    public KMeansModel Seeding_plus_one_iteration_1M_x8_k16() => Fit(_blobs, KMeansAlgorithm.Lloyd, 1);

    private static KMeansModel Fit(FeatureMatrix x, KMeansAlgorithm algorithm, int maxIterations) =>
        new KMeans(new KMeansOptions { Clusters = 16, Restarts = 1, MaxIterations = maxIterations, Seed = 3, Algorithm = algorithm }).Fit(x);
}
