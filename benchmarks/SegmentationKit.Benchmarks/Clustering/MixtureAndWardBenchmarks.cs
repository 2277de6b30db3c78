using BenchmarkDotNet.Attributes;
using SegmentationKit.Clustering;
using SegmentationKit.Features;

namespace SegmentationKit.Benchmarks.Clustering;

/// <summary>Gaussian mixture (EM, k = 8, full and diagonal covariance, one start, tolerance 1e-3,
/// at most 100 iterations) on 100,000 × 8 overlapping Gaussian blobs, and agglomerative Ward (whole
/// tree plus the cut into 8) on 10,000 × 8 blobs.</summary>
[SimpleJob(warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class MixtureAndWardBenchmarks
{
    private FeatureMatrix _gmmData = null!;
    private FeatureMatrix _wardData = null!;

    [GlobalSetup]
    public void Setup()
    {
        // Centres within ±3 sd: the blobs overlap, so EM needs a realistic number of iterations.
        _gmmData = Blobs(100_000, 8, 8, spread: 3, seed: 1);
        _wardData = Blobs(10_000, 8, 8, spread: 10, seed: 2);
        // Printed once so the figures can be read per EM iteration.
        foreach (var type in new[] { CovarianceType.Full, CovarianceType.Diagonal })
        {
            var fit = Mixture(type);
            Console.WriteLine($"// GMM {type}: {fit.Iterations} EM iterations, converged {fit.Converged}, mean log-likelihood {fit.MeanLogLikelihood:F4}");
        }
    }

    [Benchmark]
    public GaussianMixtureModel GaussianMixtureFull_100k_x8_k8() => Mixture(CovarianceType.Full);

    [Benchmark]
    public GaussianMixtureModel GaussianMixtureDiagonal_100k_x8_k8() => Mixture(CovarianceType.Diagonal);

    /// <summary>Exactly 10 EM iterations (k-means++ start, tolerance too small to stop earlier):
    /// the cost of one iteration is about a tenth of this.</summary>
    [Benchmark]
    public GaussianMixtureModel GaussianMixtureFull_10_EM_iterations() =>
        new GaussianMixture(new GaussianMixtureOptions
        {
            Components = 8, Covariance = CovarianceType.Full, Seed = 3, Init = GaussianMixtureInit.KMeansPlusPlus,
            Tolerance = 1e-15, MaxIterations = 10,
        }).Fit(_gmmData);

    [Benchmark]
    public WardModel Ward_10k_x8() => new Ward(new WardOptions { Clusters = 8 }).Fit(_wardData);

    private GaussianMixtureModel Mixture(CovarianceType type) =>
        new GaussianMixture(new GaussianMixtureOptions { Components = 8, Covariance = type, Seed = 3 }).Fit(_gmmData);

    /// <summary>k isotropic Gaussian blobs (sd 1) with centres uniform in [−spread, spread]^d; deterministic.</summary>
    internal static FeatureMatrix Blobs(int rows, int columns, int clusters, double spread, int seed)
    {
        var random = new Random(seed);
        var centres = Enumerable.Range(0, clusters * columns).Select(_ => (random.NextDouble() * 2 - 1) * spread).ToArray();
        var values = new double[rows * columns];
        for (var i = 0; i < rows; i++)
        {
            var c = random.Next(clusters);
            for (var j = 0; j < columns; j++)
            {
                // Box–Muller: one standard normal per draw.
                var u1 = 1.0 - random.NextDouble();
                var u2 = random.NextDouble();
                values[i * columns + j] = centres[c * columns + j] + Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
            }
        }
        return new FeatureMatrix(values, rows, columns);
    }
}
