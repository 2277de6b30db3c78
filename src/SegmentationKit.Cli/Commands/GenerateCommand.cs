using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using SegmentationKit.Cli.Infrastructure;
using SegmentationKit.Errors;
using SegmentationKit.IO;
using SegmentationKit.Synthetic;
using Spectre.Console;

namespace SegmentationKit.Cli.Commands;

/// <summary><c>segkit generate --customers N --seed S --out DIR</c>: writes a synthetic B2B SaaS base
/// (customers.csv, transactions.csv, truth.csv, manifest.json), all or nothing.</summary>
public sealed class GenerateCommand : ICliCommand
{
    /// <summary>The options of this command that set what an options record calls by another name.</summary>
    private static readonly Dictionary<string, string> OptionNames = new(StringComparer.Ordinal) { ["customers"] = "--customers", ["as_of"] = "--as-of", ["threads"] = "--threads" };

    public Command Build()
    {
        var customers = new Option<int>("--customers") { Description = "Number of customers to generate (1 to 100,000,000)", Required = true };
        var seed = new Option<long>("--seed") { Description = "Seed of the random draws; the same seed gives byte-identical files", DefaultValueFactory = _ => 42 };
        var output = new Option<string>("--out") { Description = "Folder to write customers.csv, transactions.csv, truth.csv and manifest.json into", Required = true };
        var asOf = new Option<string>("--as-of")
        {
            Description = "Date the base is observed at (yyyy-MM-dd); nothing happens after it",
            DefaultValueFactory = _ => SyntheticBase.DefaultAsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        var threads = new Option<int?>("--threads") { Description = "Threads to use (default: every core); the output does not depend on it" };

        var command = new Command("generate", "Generate a synthetic B2B SaaS customer base with planted behavioural segments");
        command.Options.Add(customers);
        command.Options.Add(seed);
        command.Options.Add(output);
        command.Options.Add(asOf);
        command.Options.Add(threads);
        command.SetAction(parseResult => CliAction.Run(parseResult, () =>
        {
            var options = new SyntheticOptions
            {
                Customers = parseResult.GetValue(customers),
                Seed = parseResult.GetValue(seed),
                AsOf = ParseAsOf(parseResult.GetValue(asOf)!),
                MaxDegreeOfParallelism = parseResult.GetValue(threads),
            };
            return Run(options, parseResult.GetValue(output)!);
        }, OptionNames));
        return command;
    }

    private static int Run(SyntheticOptions options, string destination)
    {
        var clock = Stopwatch.StartNew();
        SyntheticSummary summary;
        using (var folder = new OutputFolder(destination, command: "generate"))
        {
            summary = SyntheticBase.WriteCsv(options, folder);
            var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["customers"] = options.Customers.ToString(CultureInfo.InvariantCulture),
                ["seed"] = options.Seed.ToString(CultureInfo.InvariantCulture),
                ["as_of"] = options.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            };
            var manifest = new RunManifest("generate", [], parameters, options.AsOf, KitInfo.Version,
                [SyntheticBase.CustomersFile, SyntheticBase.TransactionsFile, SyntheticBase.TruthFile, "manifest.json"]);
            folder.WriteAllText("manifest.json", manifest.ToJson() + "\n");
            folder.Commit();
        }
        clock.Stop();

        var table = new Table().AddColumn("planted segment").AddColumn(new TableColumn("customers").RightAligned()).AddColumn(new TableColumn("share").RightAligned());
        foreach (var (label, size) in summary.SegmentSizes)
            table.AddRow(label, size.ToString("N0", CultureInfo.InvariantCulture), ((double)size / summary.Customers).ToString("P1", CultureInfo.InvariantCulture));
        CliConsole.Out.Write(table);
        CliConsole.Out.MarkupLineInterpolated(
            $"Wrote {summary.Customers:N0} customers and {summary.Transactions:N0} transactions to [bold]{Path.GetFullPath(destination)}[/] in {clock.Elapsed.TotalSeconds:F1} s (seed {options.Seed}, as of {options.AsOf:yyyy-MM-dd}).");
        return 0;
    }

    private static DateOnly ParseAsOf(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ConfigurationException(null, "--as-of", $"'{text}' is not a date in yyyy-MM-dd form", "write it like 2026-06-30");
}
