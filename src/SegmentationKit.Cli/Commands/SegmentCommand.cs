using System.CommandLine;
using System.Globalization;
using SegmentationKit.Cli.Infrastructure;
using SegmentationKit.Errors;
using SegmentationKit.IO;
using Spectre.Console;

namespace SegmentationKit.Cli.Commands;

/// <summary><c>segkit segment --method NAME</c>: fits one segmentation method on a customer base (files,
/// or a database with --db: <see cref="DatabaseRun"/>) and writes assignments.csv, segmentation.json
/// and manifest.json (all-or-nothing). Methods and extra
/// outputs plug in as <see cref="ISegmentMethod"/> / <see cref="ISegmentOutputWriter"/> files.</summary>
public sealed class SegmentCommand : ICliCommand
{
    public const string AssignmentsFile = SegmentOutputs.AssignmentsFile;
    public const string AssignmentsXlsxFile = SegmentOutputs.AssignmentsXlsxFile;
    public const string SegmentationFile = SegmentOutputs.SegmentationFile;
    public const string ManifestFile = SegmentOutputs.ManifestFile;

    public Command Build()
    {
        var methodOptions = new MethodOptions();
        var data = new DataOptions();
        // --customers or --db (checked in the action, with a message naming both).
        data.Customers.Required = false;
        var database = new DatabaseOptions();
        var engine = new Option<string>("--engine")
        {
            Description = "Who reads --transactions for --method rfm: inprocess (default; loads the file) or duckdb (an embedded DuckDB aggregates the CSV or Parquet file, larger than memory)",
            DefaultValueFactory = _ => "inprocess",
        };
        engine.AcceptOnlyFromAmong("inprocess", "duckdb");
        var outDir = new Option<DirectoryInfo>("--out") { Description = "Output folder (created; files in it are replaced only when the run succeeds)", Required = true };
        var command = new Command("segment", "Segment customers: rules, RFM, value tiers, maturity × potential, crossed segmentations and more");
        methodOptions.AddTo(command, data);
        database.AddTo(command);
        command.Options.Add(engine);
        command.Options.Add(outDir);
        command.Options.Add(methodOptions.Xlsx);
        command.Options.Add(methodOptions.Format);
        command.SetAction(parseResult => CliAction.Run(parseResult, () =>
        {
            database.Check(parseResult, data);
            if (database.Given(parseResult) || parseResult.GetValue(engine) == "duckdb")
            {
                if (database.Given(parseResult) && parseResult.GetValue(engine) == "duckdb")
                    throw new ConfigurationException(null, "--engine", "--engine reads files; with --db the database computes the aggregates itself", "leave --engine out");
                var run = database.Given(parseResult)
                    ? DatabaseRun.Run(parseResult, methodOptions, data, database, parseResult.GetValue(outDir)!)
                    : EngineRun.Run(parseResult, methodOptions, data, parseResult.GetValue(outDir)!);
                Show(run.Segmentation, run.Context, run.Destination, run.Written);
                return 0;
            }
            var chosen = methodOptions.Chosen(parseResult, data);
            var configPath = methodOptions.ConfigPath(parseResult);
            using var output = new OutputFolder(parseResult.GetValue(outDir)!.FullName, InputPaths(parseResult, data, configPath), typed: parseResult.GetValue(outDir)!.ToString(), command: "segment");
            var loaded = StepTimings.Time("load", () => data.Load(parseResult, output));
            var context = methodOptions.Context(parseResult, loaded);
            var runSettings = methodOptions.RunSettings(parseResult, data);
            var segmentation = StepTimings.Time("segment", () => SegmentOutputs.Segment(chosen, context, runSettings.Xlsx));
            var written = SegmentOutputs.Write(output, "", chosen, segmentation, context, runSettings);
            StepTimings.Time("commit", output.Commit);

            Show(segmentation, context, output.Destination, written);
            return 0;
        }, MethodOptions.OptionNames));
        return command;
    }

    internal static IEnumerable<string> InputPaths(ParseResult parseResult, DataOptions data, string? configPath) =>
        configPath is null ? data.InputPaths(parseResult) : [.. data.InputPaths(parseResult), Path.GetFullPath(configPath)];

    internal static IReadOnlyDictionary<string, string> ParseSettings(IEnumerable<string> items)
    {
        var settings = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var eq = item.IndexOf('=');
            if (eq <= 0)
                throw new ConfigurationException(null, "--set", $"'{item}' is not key=value", "write e.g. --set rfm.bins=4");
            settings[item[..eq].Trim()] = item[(eq + 1)..].Trim();
        }
        return settings;
    }

    private static void Show(Segmentation segmentation, SegmentRunContext context, string destination, IReadOnlyList<string> written)
    {
        var console = CliConsole.Out;
        var sizes = segmentation.Sizes();
        var total = segmentation.CustomerCount;
        var asOf = segmentation.AsOf is { } d ? $", as of {d:yyyy-MM-dd}" : "";
        var table = new Table()
            .Title(Markup.Escape($"{segmentation.Method}: {segmentation.Segments.Count} segments, {total.ToString("N0", CultureInfo.InvariantCulture)} customers{asOf}"))
            .AddColumn("segment")
            .AddColumn("name")
            .AddColumn(new TableColumn("customers").RightAligned())
            .AddColumn(new TableColumn("share").RightAligned());
        for (var i = 0; i < segmentation.Segments.Count; i++)
        {
            var s = segmentation.Segments[i];
            var share = total == 0 ? 0 : (double)sizes[i] / total;
            table.AddRow(Markup.Escape(s.Id), Markup.Escape(s.Name), sizes[i].ToString("N0", CultureInfo.InvariantCulture),
                share.ToString("0.0%", CultureInfo.InvariantCulture));
        }
        console.Write(table);
        foreach (var warning in segmentation.Warnings) console.MarkupLine("[yellow]warning:[/] " + Markup.Escape(warning.En));
        foreach (var note in context.Notes) console.MarkupLine(Markup.Escape(note));
        console.MarkupLine(Markup.Escape($"Wrote {destination}: {string.Join(", ", written)}"));
    }
}
