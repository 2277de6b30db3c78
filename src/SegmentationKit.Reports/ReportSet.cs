using SegmentationKit.Evaluation;
using SegmentationKit.IO;

namespace SegmentationKit.Reports;

/// <summary>Writes one PDF per non-empty segment of every run and <c>overview.pdf</c> into an
/// <see cref="OutputFolder"/> (nothing appears unless every file was written).</summary>
public static class ReportSet
{
    /// <summary>The overview's file name.</summary>
    public const string OverviewFile = "overview.pdf";

    /// <summary>Writes the reports into <paramref name="output"/> (staged) and returns the file names
    /// written, relative to it. With several runs, each segment file starts with its run's label.</summary>
    /// <param name="folder">Sub-folder of the output to write into ("" for the output itself).</param>
    public static IReadOnlyList<string> Write(OutputFolder output, IReadOnlyList<ReportRun> runs, SegmentationComparison? comparison, ReportOptions options,
        string folder = "")
    {
        var into = folder.Length == 0 ? "" : folder.TrimEnd('/') + "/";
        var written = new List<string>();
        foreach (var run in runs)
        {
            var prefix = runs.Count > 1 ? SafeFileName.For(0, run.Label)[3..] + "-" : "";
            var position = 0;
            foreach (var segment in run.Profile.Segments)
            {
                // An empty segment is listed in the overview, with no report of its own (nothing to say).
                // Files keep their catalog position, so a segment's file name does not depend on others.
                ++position;
                if (segment.Customers == 0) continue;
                var name = into + prefix + SafeFileName.For(position, segment.Name) + ".pdf";
                using (var stream = File.Create(output.PathFor(name)))
                    new SegmentReport(run.Profile, segment, options).Write(stream);
                written.Add(name);
            }
        }
        using (var stream = File.Create(output.PathFor(into + OverviewFile)))
            new OverviewReport(runs, comparison, options).Write(stream);
        written.Add(into + OverviewFile);
        return written;
    }
}
