using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using SegmentationKit.Profiling;
using SegmentationKit.Reports;
using SegmentationKit.Segmenters.MaturityPotential;
using SegmentationKit.Synthetic;

namespace SegmentationKit.Benchmarks;

/// <summary>50 per-segment PDF reports (the 7 segments of the maturity × potential profile of the
/// 5,000-customer sample base, in turn) written to memory, in English and in French; and the overview.</summary>
[SimpleJob(RunStrategy.Monitoring, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private const int Reports = 50;
    private PortfolioProfile _profile = null!;

    [Params("en-GB", "fr-FR")]
    public string Culture { get; set; } = "en-GB";

    [GlobalSetup]
    public void Setup()
    {
        var dataset = SyntheticBase.Generate(new SyntheticOptions { Customers = 5000, Seed = 42 });
        var data = new SegmentationData(dataset.Customers, dataset.Transactions, dataset.Options.AsOf);
        var segmentation = new MaturityPotentialSegmenter().Fit(data).Assign(data);
        _profile = new SegmentProfiler().Profile(segmentation, data);
    }

    [Benchmark]
    public long FiftySegmentReports()
    {
        var options = new ReportOptions { Culture = CultureInfo.GetCultureInfo(Culture), CreationDate = new DateTime(2026, 1, 1) };
        long bytes = 0;
        for (var i = 0; i < Reports; i++)
        {
            using var stream = new MemoryStream();
            new SegmentReport(_profile, _profile.Segments[i % _profile.Segments.Count], options).Write(stream);
            bytes += stream.Length;
        }
        return bytes;
    }

    [Benchmark]
    public long Overview()
    {
        using var stream = new MemoryStream();
        new OverviewReport([new ReportRun("maturity", _profile)], null,
            new ReportOptions { Culture = CultureInfo.GetCultureInfo(Culture), CreationDate = new DateTime(2026, 1, 1) }).Write(stream);
        return stream.Length;
    }
}
