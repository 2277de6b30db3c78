using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using SegmentationKit.Data;

namespace SegmentationKit.Benchmarks.Data;

/// <summary>Reading a 1,000,000 × 8 numeric CSV (Gaussian blobs around 16 centres, a header x0…x7)
/// into a FeatureMatrix, written once in <see cref="Setup"/> with a fixed seed, in two number formats:
/// six decimals (what numpy's <c>%.6f</c> and most exports write) and shortest round-trip (what
/// pandas' <c>to_csv</c> writes: up to 17 significant digits, which leaves the fast decimal path).
/// benchmarks/pandas_read_csv.py times pandas on files of the same shape and formats.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, warmupCount: 1, iterationCount: 5)]
public class NumericCsvBenchmarks
{
    private const int Rows = 1_000_000;
    private const int Columns = 8;
    private string _folder = "";
    private string _path = "";

    [Params("six-decimals", "round-trip")]
    public string Format { get; set; } = "six-decimals";

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), $"segkit-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_folder);
        _path = Path.Combine(_folder, "blobs.csv");
        Write(_path, Format == "round-trip" ? "R" : "F6");
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Baseline = true)]
    public int LoadAllCores() => NumericCsv.Load(_path).Rows;

    [Benchmark]
    public int LoadOneThread() => NumericCsv.Load(_path, new NumericCsvOptions { MaxDegreeOfParallelism = 1 }).Rows;

    private static void Write(string path, string format)
    {
        var rng = new Random(42);
        var centres = new double[16 * Columns];
        for (var i = 0; i < centres.Length; i++) centres[i] = rng.NextDouble() * 20 - 10;
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        w.Write(string.Join(",", Enumerable.Range(0, Columns).Select(j => $"x{j}")));
        w.Write('\n');
        for (var i = 0; i < Rows; i++)
        {
            var c = rng.Next(16);
            for (var j = 0; j < Columns; j++)
            {
                if (j > 0) w.Write(',');
                var v = centres[c * Columns + j] + Gaussian(rng);
                w.Write(v.ToString(format, CultureInfo.InvariantCulture));
            }
            w.Write('\n');
        }
    }

    private static double Gaussian(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
