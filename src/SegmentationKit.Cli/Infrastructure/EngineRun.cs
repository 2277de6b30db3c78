using System.CommandLine;
using SegmentationKit.Engines.Warehouse;
using SegmentationKit.Errors;
using SegmentationKit.IO;

namespace SegmentationKit.Cli.Infrastructure;

/// <summary><c>segkit segment --method rfm --engine duckdb</c>: the customers file is loaded as usual,
/// the order file (CSV or Parquet, larger than memory) is read by an embedded DuckDB that computes
/// the RFM aggregates and cut points as for <c>--db</c> (<see cref="WarehouseRfm"/>); the run folder
/// is the file run's.</summary>
public static class EngineRun
{
    public static DatabaseRun.Result Run(ParseResult parseResult, MethodOptions methodOptions, DataOptions data, DirectoryInfo outDir)
    {
        var chosen = methodOptions.Chosen(parseResult, data);
        if (chosen.Name != "rfm")
            throw new ConfigurationException(null, "--engine", $"--engine duckdb computes RFM from the order file; --method {chosen.Name} does not read it that way",
                "leave --engine out (or use --method rfm)");
        foreach (var (name, given) in new[] { ("--mapping", parseResult.GetValue(data.Mapping) is not null), ("--lenient", parseResult.GetValue(data.Lenient)) })
            if (given) throw new ConfigurationException(null, name, $"--engine duckdb reads the order file with the standard column names (customer_id, date, amount) and stops at a bad row", $"leave {name} out, or --engine out");
        var customersPath = parseResult.GetValue(data.Customers)!.ToString();
        var transactionsPath = parseResult.GetValue(data.Transactions)!.ToString();
        var configPath = methodOptions.ConfigPath(parseResult);
        using var output = new OutputFolder(outDir.FullName, SegmentCommandInputs(parseResult, data, configPath), typed: outDir.ToString(), command: "segment");
        var givenAsOf = DataOptions.ParseAsOf(parseResult.GetValue(data.AsOf));
        var files = DataOptions.LoadFiles(customersPath, null, null, lenient: false, givenAsOf, DataOptions.ParseDialect(parseResult.GetValue(data.Dialect)),
            TextInput.Choose(parseResult.GetValue(data.Encoding)), output);
        using var db = WarehouseConnection.OverFiles(customersPath, transactionsPath);
        var asOf = givenAsOf ?? WarehouseOrders.LastOrderDate(db, "transactions")
            ?? throw new ConfigurationException(null, "--as-of", $"{transactionsPath} has no order, so there is no as-of date", "pass --as-of YYYY-MM-DD");
        var loaded = new LoadedData(files.Customers, null, asOf, [customersPath, transactionsPath], []) { Encodings = files.Encodings };
        var rfm = new WarehouseRfm(db, files.Customers, "customers", "transactions", asOf, givenAsOf);
        var context = methodOptions.Context(parseResult, loaded, warehouseRfm: rfm);
        var runSettings = methodOptions.RunSettings(parseResult, data);
        var segmentation = SegmentOutputs.Segment(chosen, context, runSettings.Xlsx);
        var written = SegmentOutputs.Write(output, "", chosen, segmentation, context, runSettings, new Dictionary<string, string> { ["engine"] = "duckdb" });
        output.Commit();
        return new DatabaseRun.Result(segmentation, context, output.Destination, written);
    }

    private static IEnumerable<string> SegmentCommandInputs(ParseResult parseResult, DataOptions data, string? configPath) =>
        Commands.SegmentCommand.InputPaths(parseResult, data, configPath);
}
