using System.Diagnostics;
using System.Globalization;

namespace SegmentationKit.Cli.Infrastructure;

/// <summary>With <c>SEGKIT_TIMINGS=1</c>, commands print how long each step took to standard error
/// ("timing: profile.json 2.41 s"), so a slow run shows where its time went without a profiler.
/// Off by default: outputs stay byte-identical.</summary>
public static class StepTimings
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("SEGKIT_TIMINGS") == "1";

    public static T Time<T>(string step, Func<T> run)
    {
        if (!Enabled) return run();
        var watch = Stopwatch.StartNew();
        var result = run();
        Report(step, watch.Elapsed);
        return result;
    }

    public static void Time(string step, Action run) => Time(step, () => { run(); return 0; });

    private static void Report(string step, TimeSpan elapsed) =>
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"timing: {step} {elapsed.TotalSeconds:0.00} s (allocated so far {GC.GetTotalAllocatedBytes() / (1024 * 1024):N0} MB)"));
}
