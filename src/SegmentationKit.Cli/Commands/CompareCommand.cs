using System.CommandLine;
using System.Globalization;
using SegmentationKit.Cli.Infrastructure;
using SegmentationKit.Data;
using SegmentationKit.Errors;
using SegmentationKit.Evaluation;
using SegmentationKit.IO;
using Spectre.Console;

namespace SegmentationKit.Cli.Commands;

/// <summary><c>segkit compare DIR_A DIR_B [...] --out DIR</c>: two or more <c>segkit segment</c>
/// runs of the same customers side by side, to help choose one.</summary>
public sealed class CompareCommand : ICliCommand
{
    /// <summary>The options of this command that set what an options record calls by another name.</summary>
    private static readonly Dictionary<string, string> OptionNames = new(StringComparer.Ordinal) { ["minimum_segment_size"] = "--min-size", ["segmentations"] = "runs" };

    public const string ComparisonFile = "comparison.json";

    public Command Build()
    {
        var runs = new Argument<DirectoryInfo[]>("runs") { Description = "Two or more folders written by segkit segment (each with segmentation.json)", Arity = ArgumentArity.OneOrMore };
        var customers = new Option<FileInfo?>("--customers") { Description = "Customer file (CSV or Parquet) the runs were made from, for the churn and ARR criteria" };
        var transactions = new Option<FileInfo?>("--transactions") { Description = "Transaction file (CSV or Parquet), for the CLV criterion (with --customers)" };
        var asOf = new Option<string?>("--as-of") { Description = "As-of date for the CLV criterion, YYYY-MM-DD (default: the last transaction date)" };
        var minSize = new Option<int>("--min-size") { Description = "Segments with fewer customers are flagged", DefaultValueFactory = _ => 30 };
        var outDir = new Option<DirectoryInfo>("--out") { Description = "Folder to write comparison.json and manifest.json to", Required = true };
        var command = new Command("compare", "Compare segmentations of the same customers: agreement (ARI, NMI, migration matrix), size balance, how well they separate churn, ARR and CLV");
        command.Arguments.Add(runs);
        foreach (var o in new Option[] { customers, transactions, asOf, minSize, outDir }) command.Options.Add(o);
        command.SetAction(parseResult => CliAction.Run(parseResult, () =>
        {
            var folders = parseResult.GetValue(runs) ?? [];
            if (folders.Length < 2)
                throw new ConfigurationException(null, "runs", $"give at least two run folders to compare, got {folders.Length}", "e.g. segkit compare out/rfm out/value --out out/compare");
            var inputs = new List<string>();
            var labelled = new List<(string, Segmentation)>();
            var labels = new HashSet<string>(StringComparer.Ordinal);
            foreach (var folder in folders)
            {
                var typed = RunFiles.Folder(folder, "runs");
                var file = Path.Combine(typed, SegmentCommand.SegmentationFile);
                if (!File.Exists(file))
                    throw new DataValidationException(file, null, null, null, "the run folder has no segmentation.json", "give folders written by segkit segment --out");
                var seg = RunFiles.Read(file, json => SegmentationRunFolder.Parse(json, typed), "segmentation", "rerun segkit segment to write it again");
                var label = folder.Name;
                for (var n = 2; !labels.Add(label); n++) label = $"{folder.Name} ({n})";
                labelled.Add((label, seg));
                inputs.Add(file);
            }

            CustomerTable? table = null;
            TransactionLog? log = null;
            if (parseResult.GetValue(customers) is { } c)
            {
                table = CliProgress.Run(progress => CustomerFile.Load(c.ToString(), progress: progress));
                inputs.Add(c.ToString());
            }
            if (parseResult.GetValue(transactions) is { } t)
            {
                if (table is null) throw new ConfigurationException(null, "--transactions", "needs --customers too", "pass the customer CSV with --customers");
                log = CliProgress.Run(progress => TransactionFile.Load(t.ToString(), null, table, progress));
                inputs.Add(t.ToString());
            }
            var given = DataOptions.ParseAsOf(parseResult.GetValue(asOf));
            // A given date is a point in time, as for every command: the base as known then (docs/tracking.md).
            if (given is { } pointInTime && table is not null)
            {
                var known = Tracking.PointInTime.Truncate(new SegmentationData(table, log, pointInTime), pointInTime);
                (table, log) = (known.Customers, known.Transactions);
            }
            var date = given ?? log?.DateRange?.Last;
            var comparison = SegmentationComparer.Compare(labelled, table, log, date, parseResult.GetValue(minSize));

            using var output = new OutputFolder(parseResult.GetValue(outDir)!.FullName, inputs.Select(Path.GetFullPath), typed: parseResult.GetValue(outDir)!.ToString(), command: "compare");
            output.WriteAllText(ComparisonFile, comparison.ToJson());
            var parameters = new Dictionary<string, string>
            {
                ["runs"] = string.Join(", ", labelled.Select(l => l.Item1)),
                ["min_size"] = comparison.MinimumSegmentSize.ToString(CultureInfo.InvariantCulture),
            };
            output.WriteAllText("manifest.json", new RunManifest("compare", inputs.Select(f => RunManifest.Input(f)).ToList(), parameters, date, KitInfo.Version,
                [ComparisonFile, "manifest.json"]).ToJson());
            output.Commit();
            Print(comparison, table is not null, output.Destination);
            return 0;
        }, OptionNames));
        return command;
    }

    private static void Print(SegmentationComparison comparison, bool hasCustomers, string destination)
    {
        var console = CliConsole.Out;
        var table = new Table()
            .Title(Markup.Escape(F($"{comparison.Segmentations.Count} segmentations of {comparison.CustomerCount:N0} customers")))
            .AddColumn("segmentation").AddColumn("method");
        foreach (var h in new[] { "segments", "smallest", "largest", "size balance", "churn η²", "churn spread", "ARR η²", "CLV η²", $"< {comparison.MinimumSegmentSize}" })
            table.AddColumn(new TableColumn(Markup.Escape(h)).RightAligned());
        foreach (var s in comparison.Segmentations)
            table.AddRow(Markup.Escape(s.Label), Markup.Escape(s.Method), F($"{s.SegmentCount}"), F($"{s.SmallestSegment:N0}"), F($"{s.LargestSegment:N0}"),
                F($"{s.SizeBalance:0.00}"), Opt(s.ChurnVarianceExplained, "0.000"), Opt(s.ChurnRateSpread * 100, "0.0", " pts"),
                Opt(s.ArrVarianceExplained, "0.000"), Opt(s.ClvVarianceExplained, "0.000"), F($"{s.SegmentsBelowMinimumSize.Count}"));
        console.Write(table);

        var agreement = new Table().Title("Agreement between segmentations").AddColumn("first").AddColumn("second")
            .AddColumn(new TableColumn("ARI").RightAligned()).AddColumn(new TableColumn("NMI").RightAligned());
        foreach (var a in comparison.Agreements)
            agreement.AddRow(Markup.Escape(a.First), Markup.Escape(a.Second), F($"{a.AdjustedRandIndex:0.000}"), F($"{a.NormalizedMutualInformation:0.000}"));
        console.Write(agreement);

        var criteria = new Table().Title("How to read it").AddColumn("criterion").AddColumn("better").AddColumn("meaning");
        foreach (var c in comparison.Criteria)
            criteria.AddRow(Markup.Escape(c.Name), Markup.Escape(c.Preferred), Markup.Escape(c.Explanation));
        console.Write(criteria);
        if (!hasCustomers) console.WriteLine("Give --customers (and --transactions) to fill the churn, ARR and CLV columns.");
        console.WriteLine($"Wrote {Path.Combine(destination, ComparisonFile)}");
    }

    private static string Opt(double? value, string format, string suffix = "") =>
        value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) + suffix : "–";

    private static string F(FormattableString s) => Markup.Escape(s.ToString(CultureInfo.InvariantCulture));
}
