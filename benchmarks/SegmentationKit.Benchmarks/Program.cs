using BenchmarkDotNet.Running;

namespace SegmentationKit.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line, e.g.
/// <c>dotnet run -c Release --project benchmarks/SegmentationKit.Benchmarks -- --filter '*KMeans*'</c>.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
