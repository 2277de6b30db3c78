using SegmentationKit.Cli.Infrastructure;
using SegmentationKit.Data;
using SegmentationKit.Errors;
using Spectre.Console;

namespace SegmentationKit.Cli.Commands;

/// <summary>The demo pipeline, one step per method so it can grow (segment, profile, report) without
/// becoming a long script: find the sample data, load and validate it, show the overview, then run
/// <see cref="DemoPipeline"/> (segment, profile, compare, report) into <c>reports/demo/</c>.</summary>
public sealed class DemoRun(IAnsiConsole console)
{
    public const string SampleFolderName = "data-samples";
    public const string CustomersFileName = "customers.csv";
    public const string TransactionsFileName = "transactions.csv";

    /// <param name="outFolder">Where the runs and reports go; default <c>reports/demo</c> beside the sample folder.</param>
    public int Run(string? dataFolder, string? outFolder = null)
    {
        var folder = dataFolder ?? FindSampleFolder(Directory.GetCurrentDirectory());
        var bundled = dataFolder is null && IsBundled(folder);
        var (customers, transactions) = LoadAndValidate(folder);
        ShowOverview(customers, transactions);
        console.WriteLine();
        console.MarkupLine("Segmenting, profiling, comparing and reporting:");
        var inputs = new List<string> { Path.Combine(folder, CustomersFileName) };
        if (transactions is not null) inputs.Add(Path.Combine(folder, TransactionsFileName));
        var loaded = new LoadedData(customers, transactions, transactions?.DateRange?.Last, inputs, []);
        // Beside the sample folder in a clone of the repository; in the current folder when the data
        // is the copy installed with segkit (never inside the tool's installation).
        var destination = outFolder ?? (bundled
            ? Path.Combine(Directory.GetCurrentDirectory(), "reports", "demo")
            : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar)) ?? ".", "reports", "demo"));
        return new DemoPipeline(console).Run(loaded, destination);
    }

    /// <summary>The nearest <c>data-samples</c> folder holding a customers file, from
    /// <paramref name="start"/> upwards, so the demo runs from the repository root or any folder in it;
    /// elsewhere the copy installed with segkit (<see cref="BundledSampleFolder"/>).</summary>
    public static string FindSampleFolder(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, SampleFolderName);
            if (File.Exists(Path.Combine(candidate, CustomersFileName))) return candidate;
        }
        if (File.Exists(Path.Combine(BundledSampleFolder, CustomersFileName))) return BundledSampleFolder;
        throw new ConfigurationException(null, "--data",
            $"no {SampleFolderName}/{CustomersFileName} found in {start} or any folder above it, nor beside segkit ({BundledSampleFolder})",
            "run the demo from the repository, reinstall segkit (its package carries the sample data), or give --data FOLDER holding customers.csv and transactions.csv");
    }

    /// <summary>The sample data installed with segkit, next to its assembly.</summary>
    public static string BundledSampleFolder => Path.Combine(AppContext.BaseDirectory, SampleFolderName);

    private static bool IsBundled(string folder) =>
        string.Equals(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar), BundledSampleFolder.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal);

    private (CustomerTable Customers, TransactionLog? Transactions) LoadAndValidate(string folder)
    {
        // Relative to where the user stands, so messages and tables show data-samples/customers.csv.
        var shown = Path.GetRelativePath(Directory.GetCurrentDirectory(), folder) is var relative && relative != "." ? relative : "";
        var customersPath = Path.Combine(shown, CustomersFileName);
        var transactionsPath = Path.Combine(shown, TransactionsFileName);
        var customers = CustomerCsv.Load(customersPath);
        var transactions = File.Exists(transactionsPath) ? TransactionCsv.Load(transactionsPath, customers: customers) : null;
        console.MarkupLine(Markup.Escape(
            $"Loaded and validated {customersPath}: {customers.RowCount:#,##0} customers" +
            (transactions is null ? " (no transactions.csv beside it)" : $"; {transactionsPath}: {transactions.Count:#,##0} transactions")));
        console.WriteLine();
        return (customers, transactions);
    }

    private void ShowOverview(CustomerTable customers, TransactionLog? transactions) =>
        DatasetSummaryView.Write(console, DatasetSummary.Of(customers, transactions));
}
