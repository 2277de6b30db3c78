using BenchmarkDotNet.Attributes;
using SegmentationKit.Data;
using SegmentationKit.Profiling;
using SegmentationKit.Segmenters.MaturityPotential;
using SegmentationKit.Synthetic;

namespace SegmentationKit.Benchmarks;

/// <summary>Profiles and CLV on the 5,000-customer sample base (the generator with seed 42, as in
/// data-samples/): the RFM summary of the log, the BG/NBD and Gamma-Gamma fits, and the full profile
/// of the 7-segment maturity × potential segmentation with and without the transaction log.</summary>
[SimpleJob(warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class ProfileBenchmarks
{
    private SegmentationData _data = null!;
    private Segmentation _segmentation = null!;
    private IReadOnlyList<PurchaseHistory> _summary = null!;
    private DateOnly _asOf;
    private BgNbdModel _bgNbd = null!;
    private GammaGammaModel _gammaGamma = null!;

    [GlobalSetup]
    public void Setup()
    {
        var dataset = SyntheticBase.Generate(new SyntheticOptions { Customers = 5000, Seed = 42 });
        _asOf = dataset.Options.AsOf;
        _data = new SegmentationData(dataset.Customers, dataset.Transactions, _asOf);
        _segmentation = new MaturityPotentialSegmenter().Fit(_data).Assign(_data);
        _summary = PurchaseSummary.FromTransactions(dataset.Transactions, _asOf, ClvTimeUnit.Weeks, out _);
        _bgNbd = BgNbdModel.Fit(_summary);
        _gammaGamma = GammaGammaModel.Fit(_summary);
    }

    [Benchmark]
    public int RfmSummaryFromLog() => PurchaseSummary.FromTransactions(_data.Transactions!, _asOf, ClvTimeUnit.Weeks, out _).Count;

    [Benchmark]
    public double FitBgNbd() => BgNbdModel.Fit(_summary).Parameters.R;

    [Benchmark]
    public double FitGammaGamma() => GammaGammaModel.Fit(_summary).Parameters.P;

    [Benchmark]
    public int PredictClv52Weeks() => CustomerLifetimeValue.Predict(_bgNbd, _gammaGamma, _summary, 52, 0.10, ClvTimeUnit.Weeks).Count;

    [Benchmark]
    public int ProfileWithTransactions() => new SegmentProfiler().Profile(_segmentation, _data).Segments.Count;

    [Benchmark]
    public int ProfileWithoutTransactions() =>
        new SegmentProfiler().Profile(_segmentation, _data with { Transactions = null }).Segments.Count;
}
