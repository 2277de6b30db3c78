using System.CommandLine;
using System.Globalization;
using SegmentationKit.Data;
using SegmentationKit.Engines.Warehouse;
using SegmentationKit.Errors;
using SegmentationKit.IO;
using SegmentationKit.Tracking;

namespace SegmentationKit.Cli.Infrastructure;

/// <summary><c>segkit segment --db</c>: reads the customers table, has the database compute the
/// per-customer order aggregates and RFM cut points (transactions never leave it), fits (clusterings
/// on a seeded sample), writes the run folder as a file run does, and with --write-back replaces the
/// assignments table in one transaction before the folder is committed — an error leaves neither.</summary>
public static class DatabaseRun
{
    public sealed record Result(Segmentation Segmentation, SegmentRunContext Context, string Destination, IReadOnlyList<string> Written);

    public static Result Run(ParseResult parseResult, MethodOptions methodOptions, DataOptions data, DatabaseOptions options, DirectoryInfo outDir)
    {
        var chosen = methodOptions.Chosen(parseResult, data, options);
        var configPath = methodOptions.ConfigPath(parseResult);
        var customersTable = parseResult.GetValue(options.CustomersTable)!;
        var transactionsTable = parseResult.GetValue(options.TransactionsTable);
        if (chosen.Name == "lifecycle" && transactionsTable is not null)
            throw new ConfigurationException(null, "--transactions-table",
                "segment --db computes lifecycle stages from the customer rows only (no revenue change or invoice lapses from the orders)",
                "leave --transactions-table out, or fit on files and run the stages in the database with segkit sql");
        var inputs = configPath is null ? Array.Empty<string>() : [Path.GetFullPath(configPath)];
        using var output = new OutputFolder(outDir.FullName, inputs, typed: outDir.ToString(), command: "segment");
        using var db = WarehouseConnection.Open(parseResult.GetValue(options.Db)!);

        var customers = WarehouseCustomers.Read(db, customersTable);
        var givenAsOf = DataOptions.ParseAsOf(parseResult.GetValue(data.AsOf));
        var asOf = givenAsOf ?? (transactionsTable is null ? null : WarehouseOrders.LastOrderDate(db, transactionsTable));
        // A given date is a point in time, as on files: customers signed up after it left out, churn as of it.
        if (givenAsOf is { } pointInTime) customers = PointInTime.Truncate(new SegmentationData(customers, null, pointInTime), pointInTime).Customers;
        var loaded = new LoadedData(customers, null, asOf, [], []);

        var parameters = new Dictionary<string, string>
        {
            ["db"] = db.Description,
            ["customers_table"] = customersTable,
        };
        if (transactionsTable is not null) parameters["transactions_table"] = transactionsTable;
        WarehouseRfm? rfm = null;
        if (chosen.NeedsTransactions)
        {
            if (asOf is null) throw new ConfigurationException(null, "--as-of", "the transactions table has no order, so there is no as-of date", "pass --as-of YYYY-MM-DD");
            rfm = new WarehouseRfm(db, customers, customersTable, transactionsTable!, asOf.Value, givenAsOf);
        }
        SegmentationData? sample = null;
        var sampleSize = parseResult.GetValue(options.Sample) ?? DatabaseOptions.DefaultSample;
        if (chosen.TakesSegmentCount)
        {
            parameters["sample"] = sampleSize.ToString(CultureInfo.InvariantCulture);
            if (sampleSize > 0 && sampleSize < customers.RowCount)
                sample = new SegmentationData(CustomerSample.Draw(customers, sampleSize, parseResult.GetValue(methodOptions.Seed)), null, asOf);
        }
        var context = methodOptions.Context(parseResult, loaded, sample, rfm);
        if (sample is not null)
            context.Note($"Fitted on a seeded sample of {sample.Customers.RowCount:N0} of {customers.RowCount:N0} customers (--sample, --seed {context.Seed}); every customer assigned by that model.");
        var runSettings = methodOptions.RunSettings(parseResult, data);
        var segmentation = SegmentOutputs.Segment(chosen, context, runSettings.Xlsx);

        var writeBack = parseResult.GetValue(options.WriteBack);
        var target = parseResult.GetValue(options.Target) ?? DatabaseOptions.DefaultTarget;
        if (writeBack) parameters["write_back"] = target;
        var written = SegmentOutputs.Write(output, "", chosen, segmentation, context, runSettings, parameters);
        // The table first, then the folder: a failed write-back rolls back and leaves no run folder.
        if (writeBack)
        {
            WarehouseWriteBack.Replace(db, target, segmentation.CustomerIds, segmentation.SegmentIds);
            context.Note($"Wrote {segmentation.CustomerCount:N0} assignments to table {target} ({db.Description}).");
        }
        output.Commit();
        return new Result(segmentation, context, output.Destination, written);
    }
}
