using SegmentationKit.Evaluation;
using SegmentationKit.IO;

namespace SegmentationKit.Reports;

/// <summary>Writes one PDF per segment of every run and <c>overview.pdf</c> into an
/// <see cref="OutputFolder"/> (nothing appears unless every file was written).</summary>
public static class ReportSet
{
    /// <summary>The overview's file name.</summary>
    public const string OverviewFile = "overview.pdf";

    /// <summary>Writes the reports into <paramref name="output"/> (staged) and returns the file names
    /// written, relative to it. With several runs, each segment file starts with its run's label.</summary>
    public static IReadOnlyList<string> Write(OutputFolder output, IReadOnlyList<ReportRun> runs, SegmentationComparison? comparison, ReportOptions options)
    {
        var written = new List<string>();
        foreach (var run in runs)
        {
            var prefix = runs.Count > 1 ? SafeFileName.For(0, run.Label)[3..] + "-" : "";
            var position = 0;
            foreach (var segment in run.Profile.Segments)
            {
                var name = prefix + SafeFileName.For(++position, segment.Name) + ".pdf";
                using (var stream = File.Create(output.PathFor(name)))
                    new SegmentReport(run.Profile, segment, options).Write(stream);
                written.Add(name);
            }
        }
        using (var stream = File.Create(output.PathFor(OverviewFile)))
            new OverviewReport(runs, comparison, options).Write(stream);
        written.Add(OverviewFile);
        return written;
    }
}
