using System.Diagnostics;
using System.Globalization;
using SegmentationKit.Cli.Infrastructure;
using SegmentationKit.Data;
using SegmentationKit.Errors;
using SegmentationKit.Evaluation;
using SegmentationKit.IO;
using SegmentationKit.Profiling;
using SegmentationKit.Reports;
using Spectre.Console;

namespace SegmentationKit.Cli.Commands;

/// <summary>The demo's analysis: rules, RFM, value tiers and one clustering of the behaviour columns,
/// each profiled, compared, and reported in English and French into one output folder (all-or-nothing):
/// <c>runs/METHOD/</c> (segmentation.json, profile.json), <c>comparison.json</c>, <c>en/</c> and <c>fr/</c> PDFs.</summary>
public sealed class DemoPipeline(IAnsiConsole console)
{
    /// <summary>The demo's rules: industry groups, then ARR bands for everyone else.</summary>
    public const string RulesYaml = """
        rules:
          name: demo-firmographic
          rules:
            - name: Financial and public sector
              when: { industry: [Banking-Insurance, Public] }
            - name: Retail and food
              when: { industry: [Retail, Food] }
          bands:
            column: arr
            exhaustive: true
            segments:
              - { name: "Other industries, ARR under 10k", below: 10000 }
              - { name: "Other industries, ARR 10k+", min: 10000 }
          fallback: { id: other, name: Other }
        """;

    /// <summary>Fixed creation date of the demo PDFs, so two demo runs write the same files.</summary>
    public static readonly DateTime CreationDate = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public int Run(LoadedData loaded, string destination)
    {
        var clock = Stopwatch.StartNew();
        // Demo folders written before the demo had a manifest hold only these.
        using var output = new OutputFolder(destination, loaded.InputFiles.Select(Path.GetFullPath), command: "demo",
            layoutWithoutManifest: ["runs", "en", "fr", "comparison.json"]);
        var configPath = output.PathFor("runs/rules/rules.yaml");
        File.WriteAllText(configPath, RulesYaml.Replace("\r", ""));
        var clustering = SegmentMethods.All.Any(m => m.Name == "kmeans") ? "kmeans" : "gmm";
        var steps = new (string Method, string? Config, int? K)[] { ("rules", configPath, null), ("rfm", null, null), ("value", null, null), (clustering, null, 5) };

        var runs = new List<(ReportRun Run, Segmentation Segmentation)>();
        var profiler = new SegmentProfiler();
        foreach (var (method, config, k) in steps)
        {
            var chosen = SegmentMethods.Find(method);
            if (chosen.NeedsTransactions && loaded.Transactions is null)
            {
                console.MarkupLine(Markup.Escape($"  {method}: skipped — it needs transactions.csv"));
                continue;
            }
            try
            {
                var segmentation = chosen.Run(new SegmentRunContext(loaded, config, 42, k, new Dictionary<string, string>()));
                var profile = profiler.Profile(segmentation, loaded.ToSegmentationData());
                output.WriteAllText($"runs/{method}/segmentation.json", segmentation.ToJson());
                output.WriteAllText($"runs/{method}/profile.json", profile.ToJson());
                runs.Add((new ReportRun(method, profile), segmentation));
                console.MarkupLine(Markup.Escape($"  {method}: {segmentation.Segments.Count} segments, profiled"));
            }
            catch (SegmentationKitException e)
            {
                // The sample may not suit every method (e.g. too few customers to cluster): say so and go on.
                console.MarkupLine(Markup.Escape($"  {method}: skipped — {e.Message}"));
            }
        }
        if (runs.Count == 0) throw new ModelException("no segmentation method could run on this data; the messages above say why", "fix what they name in the data, or give --data a folder with customers.csv and transactions.csv");

        SegmentationComparison? comparison = null;
        if (runs.Count > 1)
        {
            comparison = SegmentationComparer.Compare(runs.Select(r => (r.Run.Label, r.Segmentation)).ToList(),
                loaded.Customers, loaded.Transactions, loaded.AsOf);
            output.WriteAllText("comparison.json", comparison.ToJson());
            console.MarkupLine(Markup.Escape($"  compared {runs.Count} segmentations ({string.Join(", ", runs.Select(r => r.Run.Label))})"));
        }

        var reportRuns = runs.Select(r => r.Run).ToList();
        var counts = new List<string>();
        foreach (var culture in new[] { "en-GB", "fr-FR" })
        {
            var language = culture[..2];
            var options = new ReportOptions { Culture = CultureInfo.GetCultureInfo(culture), CreationDate = CreationDate };
            var written = ReportSet.Write(output, reportRuns, comparison, options, language);
            counts.Add($"{written.Count} PDFs in {language}/");
        }
        var outputs = output.Files.Append(OutputFolder.ManifestFile).ToList();
        output.WriteAllText(OutputFolder.ManifestFile, new RunManifest("demo", loaded.ManifestInputs(), new Dictionary<string, string>
        {
            ["methods"] = string.Join(",", runs.Select(r => r.Run.Label)),
            ["cultures"] = "en-GB,fr-FR",
        }, loaded.AsOf, KitInfo.Version, outputs).ToJson());
        output.Commit();
        console.WriteLine();
        console.MarkupLine(Markup.Escape($"Reports: {output.Destination} ({string.Join(", ", counts)}; overview: {Path.Combine(output.Destination, "en", ReportSet.OverviewFile)})"));
        console.MarkupLine(Markup.Escape($"Demo pipeline took {clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s"));
        return 0;
    }
}
