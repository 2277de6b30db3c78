using System.CommandLine;
using System.Globalization;
using SegmentationKit.Cli.Infrastructure;
using SegmentationKit.Errors;
using SegmentationKit.IO;
using SegmentationKit.Tracking;
using Spectre.Console;

namespace SegmentationKit.Cli.Commands;

/// <summary><c>segkit track --method M … --as-of D1 --as-of D2 … --out DIR</c>: the method run at each
/// date on the base as known then, each snapshot's files in <c>DIR/yyyy-mm-dd/</c> (what
/// <c>segkit segment</c> writes), how customers moved in <c>DIR/tracking.json</c> and the KPI trends in
/// <c>DIR/trends.json</c>; all-or-nothing.</summary>
public sealed class TrackCommand : ICliCommand
{
    public const string ManifestFile = "manifest.json";

    public Command Build()
    {
        var methodOptions = new MethodOptions();
        var data = new DataOptions { WithAsOf = false };
        var asOf = new Option<string[]>("--as-of") { Description = "A snapshot date, YYYY-MM-DD (repeat, earliest first)" };
        var every = new Option<string?>("--every") { Description = "Take a snapshot at every month or quarter end between --from and --until (instead of --as-of)" };
        var from = new Option<string?>("--from") { Description = "With --every: first date of the period, YYYY-MM-DD" };
        var until = new Option<string?>("--until") { Description = "With --every: last date of the period, YYYY-MM-DD" };
        var frozen = new Option<bool>("--frozen") { Description = "Fit on the first snapshot and apply that model to the later dates (default: fit each snapshot on its own data)" };
        var outDir = new Option<DirectoryInfo>("--out") { Description = "Output folder: one sub-folder per snapshot, tracking.json, trends.json (replaced only when the whole run succeeds)", Required = true };
        var command = new Command("track", "Run a segmentation at several dates, each on the data known then, and measure how customers moved between segments");
        methodOptions.AddTo(command, data);
        foreach (var o in new Option[] { asOf, every, from, until, frozen, outDir, methodOptions.Xlsx, methodOptions.Format }) command.Options.Add(o);
        command.SetAction(parseResult => CliAction.Run(parseResult, () =>
        {
            var chosen = methodOptions.Chosen(parseResult, data);
            var dates = Dates(parseResult.GetValue(asOf) ?? [], parseResult.GetValue(every), parseResult.GetValue(from), parseResult.GetValue(until));
            var configPath = methodOptions.ConfigPath(parseResult);
            using var output = new OutputFolder(parseResult.GetValue(outDir)!.FullName, SegmentCommand.InputPaths(parseResult, data, configPath),
                typed: parseResult.GetValue(outDir)!.ToString(), command: "track");
            var loaded = data.Load(parseResult, output);
            var runSettings = methodOptions.RunSettings(parseResult, data);
            var isFrozen = parseResult.GetValue(frozen);
            var run = new TrackRun(chosen, loaded, snapshot => methodOptions.Context(parseResult, snapshot), runSettings, isFrozen);
            var written = run.Write(output, dates);
            output.Commit();
            Show(run.Series!, output.Destination, written.Count);
            return 0;
        }, MethodOptions.OptionNames));
        return command;
    }

    /// <summary>The snapshot dates: the --as-of list, or every month or quarter end of --from … --until.</summary>
    internal static IReadOnlyList<DateOnly> Dates(IReadOnlyList<string> asOf, string? every, string? from, string? until)
    {
        if (every is null)
        {
            if (from is not null || until is not null)
                throw new ConfigurationException(null, "--from / --until", "are only used with --every", "add --every month or --every quarter, or give the dates with --as-of");
            return SnapshotSchedule.Of(asOf.Select(d => DataOptions.ParseAsOf(d)!.Value).ToList());
        }
        if (asOf.Count > 0)
            throw new ConfigurationException(null, "--as-of / --every", "both were given", "give the dates either one by one with --as-of or as a schedule with --every, --from and --until");
        var frequency = SnapshotSchedule.ParseFrequency(every);
        var start = DataOptions.ParseAsOf(from) ?? throw new ConfigurationException(null, "--from", "--every needs the first date", "add --from YYYY-MM-DD");
        var end = DataOptions.ParseAsOf(until) ?? throw new ConfigurationException(null, "--until", "--every needs the last date", "add --until YYYY-MM-DD");
        return SnapshotSchedule.Every(frequency, start, end);
    }

    private static void Show(TrackedSeries series, string destination, int files)
    {
        var console = CliConsole.Out;
        var table = new Table()
            .Title(Markup.Escape($"{series.Result.Method}{(series.Result.Frozen ? " (frozen)" : "")}: {series.Snapshots.Count} snapshots"))
            .AddColumn("snapshot")
            .AddColumn(new TableColumn("customers").RightAligned())
            .AddColumn(new TableColumn("active").RightAligned())
            .AddColumn(new TableColumn("stayed in segment").RightAligned())
            .AddColumn(new TableColumn("new").RightAligned())
            .AddColumn(new TableColumn("left").RightAligned());
        string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
        for (var i = 0; i < series.Snapshots.Count; i++)
        {
            var s = series.Snapshots[i];
            var t = i == 0 ? null : series.Result.Transitions[i - 1];
            table.AddRow(s.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), N(s.Segmentation.CustomerCount), N(s.Active.Count),
                t is null ? "" : double.IsNaN(t.Stability) ? "–" : t.Stability.ToString("0.0%", CultureInfo.InvariantCulture),
                t is null ? "" : N(t.Entered.Values.Sum()), t is null ? "" : N(t.Left.Values.Sum()));
        }
        console.Write(table);
        console.MarkupLine(Markup.Escape($"Wrote {destination}: {files} files ({TrackingResult.FileName}, {TrackingTrends.FileName}, one folder per snapshot)"));
    }
}
