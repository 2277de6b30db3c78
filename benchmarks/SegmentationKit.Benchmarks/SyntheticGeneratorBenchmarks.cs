using BenchmarkDotNet.Attributes;
using SegmentationKit.Synthetic;

namespace SegmentationKit.Benchmarks;

/// <summary>The synthetic generator's core: drawing 100,000 customers with their transactions and
/// formatting the three CSV files (to <see cref="Stream.Null"/>, so no disk time), on one and two
/// threads; and the in-memory base (typed table and transaction log).</summary>
[SimpleJob(warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class SyntheticGeneratorBenchmarks
{
    [Params(1, 2)]
    public int Threads { get; set; }

    private SyntheticOptions Options => new() { Customers = 100_000, Seed = 42, MaxDegreeOfParallelism = Threads };

    [Benchmark]
    public long WriteCsv100k() => SyntheticBase.Write(Options, Stream.Null, Stream.Null, Stream.Null).Transactions;

    [Benchmark]
    public int GenerateInMemory100k() => SyntheticBase.Generate(Options).Transactions.Count;
}
