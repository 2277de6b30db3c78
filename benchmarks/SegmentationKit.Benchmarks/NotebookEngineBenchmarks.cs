using BenchmarkDotNet.Attributes;
using SegmentationKit.Charts;
using SegmentationKit.Notebooks.Engine;
using SegmentationKit.Formatting;
using SegmentationKit.Segmenters.Rfm;
using SegmentationKit.Synthetic;

namespace SegmentationKit.Benchmarks;

/// <summary>The notebook kernel's own cost, apart from what cells compute: compiling and running a
/// small cell on a warm session (what every notebook cell pays), and formatting results for display
/// (the RFM segmentation of the 5,000-customer sample base as a table, its RFM grid as Plotly).</summary>
[SimpleJob(warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class NotebookEngineBenchmarks
{
    private NotebookEngine _engine = null!;
    private Segmentation _rfm = null!;
    private PlotlyFigure _grid = null!;

    [GlobalSetup]
    public void Setup()
    {
        var dataset = SyntheticBase.Generate(new SyntheticOptions { Customers = 5000, Seed = 42 });
        var data = new SegmentationData(dataset.Customers, dataset.Transactions, dataset.Options.AsOf);
        _rfm = new RfmSegmenter().Fit(data).Assign(data);
        _grid = SegmentCharts.RfmGrid(_rfm);
        _engine = new NotebookEngine();
        _engine.ExecuteAsync("var total = 0;").GetAwaiter().GetResult();
    }

    [Benchmark]
    public int SmallCellOnAWarmSession() =>
        _engine.ExecuteAsync("total += Enumerable.Range(1, 10).Sum();\ntotal").GetAwaiter().GetResult().Outputs.Count;

    [Benchmark]
    public int FormatSegmentationTable() => DisplayFormatter.Format(_rfm).Count;

    [Benchmark]
    public int FormatRfmGridChart() => DisplayFormatter.Format(_grid).Count;
}
