using System.CommandLine;
using System.Globalization;
using SegmentationKit.Cli.Infrastructure;
using SegmentationKit.Errors;
using SegmentationKit.IO;
using SegmentationKit.Profiling;
using Spectre.Console;

namespace SegmentationKit.Cli.Commands;

/// <summary><c>segkit profile --run DIR --customers C.csv [...] --out DIR2</c>: the profile of a
/// <c>segkit segment</c> run with chosen settings (gross margin, CLV cap, horizon, discount rate);
/// <c>segkit segment</c> itself writes the profile with the default settings.</summary>
public sealed class ProfileCommand : ICliCommand
{
    /// <summary>The manifest of a profile written into the run it profiles (--out = --run).</summary>
    public const string AddedManifestFile = "profile.manifest.json";

    /// <summary>Rows a lenient profile left out, when written into the run it profiles.</summary>
    public const string AddedRejectsFile = "profile.rejects.csv";

    /// <summary>The options of this command that set what an options record calls by another name.</summary>
    private static readonly Dictionary<string, string> OptionNames = new(StringComparer.Ordinal) { ["gross_margin"] = "--gross-margin", ["max_lifetime_years"] = "--max-lifetime-years", ["clv_horizon"] = "--horizon", ["annual_discount_rate"] = "--discount-rate" };

    public Command Build()
    {
        var run = new Option<DirectoryInfo>("--run") { Description = "Folder written by segkit segment (with segmentation.json)", Required = true };
        var data = new DataOptions();
        var defaults = new ProfileSettings();
        var margin = new Option<double>("--gross-margin") { Description = "Gross margin 0–1 of the SaaS CLV", DefaultValueFactory = _ => defaults.GrossMargin };
        var maxYears = new Option<double>("--max-lifetime-years")
        {
            Description = "Longest lifetime the SaaS CLV assumes, years (churn floor 1 ÷ this)",
            DefaultValueFactory = _ => defaults.MaxLifetimeYears,
        };
        var unit = new Option<string>("--unit") { Description = "Time unit of the transactional CLV: days or weeks", DefaultValueFactory = _ => "weeks" };
        unit.AcceptOnlyFromAmong("days", "weeks");
        var horizon = new Option<double?>("--horizon") { Description = "Transactional CLV horizon in --unit (default one year: 52 weeks or 365 days)" };
        var discount = new Option<double>("--discount-rate") { Description = "Annual discount rate of the transactional CLV", DefaultValueFactory = _ => defaults.AnnualDiscountRate };
        var outDir = new Option<DirectoryInfo>("--out") { Description = "Folder to write profile.json and manifest.json to", Required = true };
        var command = new Command("profile", "Profile a segmentation run: KPIs, traits, CLV and narratives per segment, with chosen settings");
        command.Options.Add(run);
        data.AddTo(command);
        var playbook = new PlaybookOption();
        foreach (var o in new Option[] { margin, maxYears, unit, horizon, discount, playbook.Option, outDir }) command.Options.Add(o);
        command.SetAction(parseResult => CliAction.Run(parseResult, () =>
        {
            var folder = RunFiles.Folder(parseResult.GetValue(run)!, "--run");
            var file = Path.Combine(folder, SegmentCommand.SegmentationFile);
            if (!File.Exists(file))
                throw new DataValidationException(file, null, null, null, "the run folder has no segmentation.json", "give a folder written by segkit segment --out");
            var segmentation = RunFiles.Read(file, json => SegmentationRunFolder.Parse(json, folder), "segmentation", "rerun segkit segment to write it again");
            var timeUnit = parseResult.GetValue(unit) == "days" ? ClvTimeUnit.Days : ClvTimeUnit.Weeks;
            var settings = new ProfileSettings
            {
                GrossMargin = parseResult.GetValue(margin),
                MaxLifetimeYears = parseResult.GetValue(maxYears),
                ClvTimeUnit = timeUnit,
                ClvHorizon = parseResult.GetValue(horizon) ?? (timeUnit == ClvTimeUnit.Weeks ? 52 : 365),
                AnnualDiscountRate = parseResult.GetValue(discount),
            };
            var profiler = new SegmentProfiler(settings, playbook.Read(parseResult));
            // Into its own run folder, the profile replaces the run's profile.json and keeps the
            // segment run's manifest.json: its own manifest is profile.manifest.json.
            var intoRun = string.Equals(Path.TrimEndingDirectorySeparator(parseResult.GetValue(outDir)!.FullName),
                Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.GetDirectoryName(file)!)), StringComparison.Ordinal);
            var manifestName = intoRun ? AddedManifestFile : SegmentCommand.ManifestFile;
            var rejectsName = intoRun ? AddedRejectsFile : DataOptions.RejectsFileName;
            using var output = new OutputFolder(parseResult.GetValue(outDir)!.FullName, data.InputPaths(parseResult).Append(file),
                typed: parseResult.GetValue(outDir)!.ToString(), command: "profile", mode: intoRun ? OutputMode.AddFiles : OutputMode.Replace);
            var loaded = data.Load(parseResult, output, rejectsName);
            var asOf = loaded.AsOf ?? segmentation.AsOf;
            var profile = CliProgress.Run(progress => profiler.Profile(segmentation, loaded.ToSegmentationData() with { AsOf = asOf }, progress: progress));
            output.WriteAllText("profile.json", profile.ToJson());
            var parameters = new Dictionary<string, string>
            {
                ["gross_margin"] = settings.GrossMargin.ToString("R", CultureInfo.InvariantCulture),
                ["max_lifetime_years"] = settings.MaxLifetimeYears.ToString("R", CultureInfo.InvariantCulture),
                ["unit"] = parseResult.GetValue(unit)!,
                ["horizon"] = settings.ClvHorizon.ToString("R", CultureInfo.InvariantCulture),
                ["discount_rate"] = settings.AnnualDiscountRate.ToString("R", CultureInfo.InvariantCulture),
            };
            var inputs = loaded.ManifestInputs(file);
            var written = new List<string> { "profile.json", manifestName };
            if (loaded.Rejects.Count > 0) written.Add(rejectsName);
            output.WriteAllText(manifestName, new RunManifest("profile", inputs, parameters, asOf, KitInfo.Version, written).ToJson());
            output.Commit();
            Print(profile, output.Destination);
            return 0;
        }, OptionNames));
        return command;
    }

    private static void Print(PortfolioProfile profile, string destination)
    {
        var table = new Table().Title(Markup.Escape($"{profile.Method}: {profile.Segments.Count} segments"))
            .AddColumn("segment").AddColumn("generated name");
        var clvKind = profile.Base.Value.ClvShown switch
        {
            "subscription_sbg" => "subscription CLV, sBG (mean)",
            "saas_formula" => "SaaS CLV (mean)",
            "transactional" => "transactional CLV (mean)",
            _ => "CLV (mean)",
        };
        foreach (var h in new[] { "customers", "share", "ARR share", "churn", "vs base", clvKind })
            table.AddColumn(new TableColumn(h).RightAligned());
        foreach (var s in profile.Segments.Append(profile.Base))
            table.AddRow(Markup.Escape(s.IsBase ? "(base)" : s.SegmentId), Markup.Escape(s.Narrative.Name.En),
                F($"{s.Customers:N0}"), F($"{s.ShareOfCustomers:P1}"),
                s.Value.Arr is { CustomerCount: > 0 } a ? F($"{a.ShareOfBase:P1}") : "–",
                s.Health.ChurnRate is { CustomerCount: > 0 } c ? F($"{c.Value:P1}") : "–",
                s.Health.ChurnRatioToBase is { } r ? F($"{r:0.00}×") : "–",
                s.Value.ShownClv() is { } v ? F($"{v.Mean:N0}") + (s.Value.ClvShown == profile.Base.Value.ClvShown ? "" : $" ({s.Value.ClvShown})") : "–");
        CliConsole.Out.Write(table);
        foreach (var note in profile.Notes) CliConsole.Out.WriteLine(note.En);
        CliConsole.Out.WriteLine($"Wrote {Path.Combine(destination, "profile.json")}");
    }

    private static string F(FormattableString s) => Markup.Escape(s.ToString(CultureInfo.InvariantCulture));
}
