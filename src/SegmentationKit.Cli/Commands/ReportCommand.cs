using System.CommandLine;
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

/// <summary><c>segkit report --run DIR [--run DIR2 ...] --out DIR [--culture fr-FR] [--brand brand.yaml]</c>:
/// one PDF per segment of every run and <c>overview.pdf</c>, all-or-nothing.</summary>
public sealed class ReportCommand : ICliCommand
{
    public Command Build()
    {
        var runs = new Option<DirectoryInfo[]>("--run") { Description = "Folder written by segkit segment (segmentation.json, profile.json), or by segkit track (its last snapshot, with what moved since the one before); repeat to compare runs", Required = true };
        var outDir = new Option<DirectoryInfo>("--out") { Description = "Folder to write the PDFs to (replaced only when every report was written)", Required = true };
        var culture = new Option<string>("--culture") { Description = "Language and number format of the reports: en-GB, en-US, fr-FR, …", DefaultValueFactory = _ => "en-GB" };
        var brand = new Option<FileInfo?>("--brand") { Description = "Branding YAML: company_name, logo (PNG/JPEG), accent_colour, currency" };
        var customers = new Option<FileInfo?>("--customers") { Description = "Customer file (CSV or Parquet) the runs were made from, for the churn and ARR criteria of the model comparison" };
        var created = new Option<string?>("--creation-date") { Description = "Creation date written into the PDFs, YYYY-MM-DD, for reproducible files (default: now)" };
        var command = new Command("report", "Executive PDF reports: one per segment and a portfolio overview, in English or French");
        foreach (var o in new Option[] { runs, outDir, culture, brand, customers, created }) command.Options.Add(o);
        command.SetAction(parseResult => CliAction.Run(parseResult, () =>
        {
            var options = new ReportOptions
            {
                Culture = Culture(parseResult.GetValue(culture)!),
                Branding = parseResult.GetValue(brand) is { } b ? Branding.Load(b.ToString()) : new Branding(),
                CreationDate = parseResult.GetValue(created) is { } d ? DataOptions.ParseAsOf(d)!.Value.ToDateTime(TimeOnly.MinValue) : null,
            };
            var (loaded, inputs) = LoadRuns(parseResult.GetValue(runs) ?? []);
            CustomerTable? table = null;
            if (parseResult.GetValue(customers) is { } c)
            {
                table = CliProgress.Run(progress => CustomerFile.Load(c.ToString(), progress: progress));
                inputs.Add(c.ToString());
            }
            var comparison = loaded.Count > 1 ? SegmentationComparer.Compare(loaded.Select(r => (r.Run.Label, r.Segmentation)).ToList(), table) : null;
            using var output = new OutputFolder(parseResult.GetValue(outDir)!.FullName, inputs.Select(Path.GetFullPath), typed: parseResult.GetValue(outDir)!.ToString(), command: "report");
            var written = ReportSet.Write(output, loaded.Select(r => r.Run).ToList(), comparison, options).ToList();
            var parameters = new Dictionary<string, string> { ["culture"] = options.Culture.Name, ["company"] = options.Branding.CompanyName };
            written.Add(SegmentCommand.ManifestFile);
            output.WriteAllText(SegmentCommand.ManifestFile,
                new RunManifest("report", inputs.Select(f => RunManifest.Input(f)).ToList(), parameters, loaded[0].Run.Profile.AsOf, KitInfo.Version, written).ToJson());
            output.Commit();
            CliConsole.Out.MarkupLine(Spectre.Console.Markup.Escape($"Wrote {written.Count - 1} reports ({options.Culture.Name}) to {output.Destination}"));
            return 0;
        }));
        return command;
    }

    /// <summary>Reads each run folder's segmentation and profile; labels are the folder names, made unique.</summary>
    public static (List<(ReportRun Run, Segmentation Segmentation)> Runs, List<string> Inputs) LoadRuns(IReadOnlyList<DirectoryInfo> folders)
    {
        if (folders.Count == 0) throw new ConfigurationException(null, "--run", "no run folder given", "pass --run DIR, a folder written by segkit segment");
        var result = new List<(ReportRun, Segmentation)>();
        var inputs = new List<string>();
        var labels = new HashSet<string>(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            var typed = RunFiles.Folder(folder, "--run");
            // A folder written by segkit track: report on its last snapshot, with what moved since the one before.
            TrackedRunHistory? history = null;
            var trackingFile = Path.Combine(typed, Tracking.TrackingResult.FileName);
            if (File.Exists(trackingFile))
            {
                var tracked = Read(trackingFile, Tracking.TrackingResult.FromJson, "tracking file");
                var trendsFile = Path.Combine(typed, Tracking.TrackingTrends.FileName);
                if (!File.Exists(trendsFile))
                    throw new DataValidationException(trendsFile, null, null, null, "the tracked run has tracking.json but no trends.json", "rerun segkit track to write the whole folder again");
                history = new TrackedRunHistory(tracked, Read(trendsFile, Tracking.TrackingTrends.FromJson, "trends file"));
                inputs.Add(trackingFile);
                inputs.Add(trendsFile);
                if (tracked.Snapshots.Count == 0)
                    throw new DataValidationException(trackingFile, null, null, null, "the tracking file lists no snapshot", "rerun segkit track to write it again");
                typed = Path.Combine(typed, TrackRun.Folder(tracked.Snapshots[^1]));
            }
            var segFile = Path.Combine(typed, SegmentCommand.SegmentationFile);
            var profileFile = Path.Combine(typed, "profile.json");
            if (!File.Exists(segFile))
                throw new DataValidationException(segFile, null, null, null, "the run folder has no segmentation.json", "give a folder written by segkit segment --out");
            if (!File.Exists(profileFile))
                throw new DataValidationException(profileFile, null, null, null, "the run folder has no profile.json", "run segkit profile --run DIR --out DIR, or rerun segkit segment");
            var segmentation = Read(segFile, json => SegmentationRunFolder.Parse(json, typed), "segmentation");
            var profile = Read(profileFile, PortfolioProfile.FromJson, "profile");
            var label = folder.Name;
            for (var n = 2; !labels.Add(label); n++) label = $"{folder.Name} ({n})";
            result.Add((new ReportRun(label, profile) { History = history }, segmentation));
            inputs.Add(segFile);
            inputs.Add(profileFile);
        }
        return (result, inputs);
    }

    private static T Read<T>(string file, Func<string, T> parse, string what) =>
        RunFiles.Read(file, parse, what, "rerun segkit segment to write it again");

    internal static CultureInfo Culture(string name)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(name, predefinedOnly: true);
            if (culture.TwoLetterISOLanguageName is not ("en" or "fr"))
                throw new ConfigurationException(null, "--culture", $"reports are written in English or French, not '{name}'", "use en-GB, en-US or fr-FR");
            return culture;
        }
        catch (CultureNotFoundException)
        {
            throw new ConfigurationException(null, "--culture", $"'{name}' is not a culture", "use en-GB, en-US or fr-FR");
        }
    }
}
