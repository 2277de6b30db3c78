using System.CommandLine;
using System.Globalization;
using SegmentationKit.Cli.Infrastructure;
using SegmentationKit.Data;
using SegmentationKit.IO;
using Spectre.Console;

namespace SegmentationKit.Cli.Commands;

/// <summary><c>segkit convert</c>: reads a customer file (and a transaction log) as every command
/// does — CSV or Parquet, mapping, dialect, encoding, lenient — and writes them as Parquet (typed
/// columns for DuckDB, pandas or Spark) or as standard CSV, under the standard column names.</summary>
public sealed class ConvertCommand : ICliCommand
{
    public Command Build()
    {
        var data = new DataOptions { WithAsOf = false };
        var to = new Option<string>("--to")
        {
            Description = "Format to write: parquet (customers.parquet, transactions.parquet) or csv (customers.csv, transactions.csv)",
            DefaultValueFactory = _ => "parquet",
        };
        to.AcceptOnlyFromAmong("parquet", "csv");
        var outDir = new Option<DirectoryInfo>("--out") { Description = "Folder to write the converted files and manifest.json to", Required = true };
        var command = new Command("convert", "Convert a customer file and transaction log between CSV and Parquet, with the standard column names");
        data.AddTo(command);
        command.Options.Add(to);
        command.Options.Add(outDir);
        command.SetAction(parseResult => CliAction.Run(parseResult, () =>
        {
            var parquet = parseResult.GetValue(to) == "parquet";
            var extension = parquet ? DataFileFormat.ParquetExtension : ".csv";
            using var output = new OutputFolder(parseResult.GetValue(outDir)!.FullName, data.InputPaths(parseResult), typed: parseResult.GetValue(outDir)!.ToString(), command: "convert");
            var loaded = data.Load(parseResult, output);
            var written = new List<string>();
            var customersFile = "customers" + extension;
            if (parquet) ParquetExport.WriteCustomers(output.PathFor(customersFile), loaded.Customers);
            else CsvExport.WriteCustomers(output.PathFor(customersFile), loaded.Customers);
            written.Add(customersFile);
            if (loaded.Transactions is { } log)
            {
                var transactionsFile = "transactions" + extension;
                if (parquet) ParquetExport.WriteTransactions(output.PathFor(transactionsFile), log);
                else CsvExport.WriteTransactions(output.PathFor(transactionsFile), log);
                written.Add(transactionsFile);
            }
            if (loaded.Rejects.Count > 0) written.Add(DataOptions.RejectsFileName);
            written.Add(SegmentCommand.ManifestFile);
            var parameters = new Dictionary<string, string>
            {
                ["to"] = parquet ? "parquet" : "csv",
                ["lenient"] = parseResult.GetValue(data.Lenient) ? "true" : "false",
            };
            output.WriteAllText(SegmentCommand.ManifestFile, new RunManifest("convert", loaded.ManifestInputs(), parameters, null, KitInfo.Version, written).ToJson());
            output.Commit();
            var culture = CultureInfo.InvariantCulture;
            var rows = loaded.Customers.RowCount.ToString("N0", culture) + " customers"
                       + (loaded.Transactions is { } t ? ", " + t.Count.ToString("N0", culture) + " transactions" : "");
            CliConsole.Out.MarkupLine(Markup.Escape($"Wrote {output.Destination}: {string.Join(", ", written)} ({rows})"));
            return 0;
        }));
        return command;
    }
}
