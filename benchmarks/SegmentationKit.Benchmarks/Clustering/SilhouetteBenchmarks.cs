using BenchmarkDotNet.Attributes;
using SegmentationKit.Evaluation;
using SegmentationKit.Features;

namespace SegmentationKit.Benchmarks.Clustering;

/// <summary>Mean silhouette of 8 overlapping blobs' true labels: exact on 20,000 × 8 (n² distances),
/// and the seeded 10,000-row sample on 1,000,000 × 8 that <c>segkit cluster</c> and the k sweep use
/// above 10,000–20,000 rows.</summary>
[SimpleJob(warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class SilhouetteBenchmarks
{
    private FeatureMatrix _small = null!;
    private int[] _smallLabels = null!;
    private FeatureMatrix _large = null!;
    private int[] _largeLabels = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_small, _smallLabels) = Labelled(20_000);
        (_large, _largeLabels) = Labelled(1_000_000);
    }

    [Benchmark]
    public double Exact_20k_x8() => ClusterQuality.Silhouette(_small, _smallLabels);

    [Benchmark]
    public double Sampled_10k_of_1M_x8() => SampledSilhouette.Mean(_large, _largeLabels, SampledSilhouette.DefaultSampleSize, seed: 1);

    /// <summary>Blobs whose label is the nearest of the 8 centres (so the labels are a sensible partition).</summary>
    private static (FeatureMatrix X, int[] Labels) Labelled(int rows)
    {
        var x = MixtureAndWardBenchmarks.Blobs(rows, 8, 8, spread: 3, seed: 5);
        var labels = new SegmentationKit.Clustering.KMeans(new SegmentationKit.Clustering.KMeansOptions { Clusters = 8, Restarts = 1, Seed = 1 }).Fit(x).Labels.ToArray();
        return (x, labels);
    }
}
