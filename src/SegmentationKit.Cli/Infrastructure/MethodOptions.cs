using System.CommandLine;
using SegmentationKit.Errors;

namespace SegmentationKit.Cli.Infrastructure;

/// <summary>The options that choose and configure a segmentation method (<c>--method</c>,
/// <c>--config</c>, <c>--seed</c>, <c>--k</c>, <c>--set</c>, <c>--playbook</c>, <c>--xlsx</c>, <c>--format</c>), shared by
/// <c>segkit segment</c> and <c>segkit track</c> so a tracked method takes exactly what segment takes.</summary>
public sealed class MethodOptions
{
    /// <summary>The options that set what an options record calls by another name.</summary>
    public static readonly IReadOnlyDictionary<string, string> OptionNames = new Dictionary<string, string>(StringComparer.Ordinal) { ["clusters"] = "--k", ["components"] = "--k" };

    public Option<string> Method { get; } = new("--method")
    {
        Description = "Segmentation method: " + string.Join("; ", SegmentMethods.All.Select(m => $"{m.Name} ({m.Description})")),
        Required = true,
    };

    public Option<FileInfo?> Config { get; } = new("--config") { Description = "YAML configuration: one section per method (rules:, rfm:, value:, maturity:, lifecycle:, cross:) or one method's file" };
    public Option<int> Seed { get; } = new("--seed") { Description = "Random seed for methods that draw random numbers", DefaultValueFactory = _ => 42 };
    public Option<int?> K { get; } = new("--k") { Description = "Number of segments, for methods that take one" };
    public Option<string[]> Set { get; } = new("--set") { Description = "Override one configuration key, e.g. --set rfm.bins=4 (repeatable)" };
    public PlaybookOption Playbook { get; } = new();

    public Option<bool> Xlsx { get; } = new("--xlsx")
    {
        Description = "Also write assignments.xlsx for Excel: the assignments and a sheet of segment KPIs (up to 1,048,575 customers)",
    };

    public Option<string> Format { get; } = CreateFormatOption();

    private static Option<string> CreateFormatOption()
    {
        var option = new Option<string>("--format")
        {
            Description = "Assignments file format: csv (assignments.csv) or parquet (assignments.csv and assignments.parquet, typed, for DuckDB, pandas or Spark)",
            DefaultValueFactory = _ => "csv",
        };
        option.AcceptOnlyFromAmong("csv", "parquet");
        return option;
    }

    /// <summary>Adds the method option (first) and the others around the data options, in help order.</summary>
    public void AddTo(Command command, DataOptions data)
    {
        command.Options.Add(Method);
        data.AddTo(command);
        command.Options.Add(Config);
        command.Options.Add(Seed);
        command.Options.Add(K);
        command.Options.Add(Set);
        command.Options.Add(Playbook.Option);
    }

    /// <summary>The method chosen, checked against the data options given.</summary>
    /// <param name="database">The --db options when the base comes from a database (its orders are then a table).</param>
    public ISegmentMethod Chosen(ParseResult parseResult, DataOptions data, DatabaseOptions? database = null)
    {
        var chosen = SegmentMethods.Find(parseResult.GetValue(Method)!);
        Commands.SegmentCommand.ParseSettings(parseResult.GetValue(Set) ?? []); // a bad --set is reported before any file is read
        if (chosen.NeedsTransactions && database is not null && parseResult.GetValue(database.TransactionsTable) is null)
            throw new ConfigurationException(null, "--transactions-table", $"--method {chosen.Name} needs the table of orders", "pass --transactions-table transactions");
        if (chosen.NeedsTransactions && database is null && parseResult.GetValue(data.Transactions) is null)
            throw new ConfigurationException(null, "--transactions", $"--method {chosen.Name} needs the transaction log", "pass --transactions orders.csv");
        if (parseResult.GetValue(K) is not null && !chosen.TakesSegmentCount)
            throw new ConfigurationException(null, "--k", $"--method {chosen.Name} does not take a number of segments (its configuration decides them)", "leave --k out");
        return chosen;
    }

    public string? ConfigPath(ParseResult parseResult) => parseResult.GetValue(Config)?.ToString();

    public SegmentRunSettings RunSettings(ParseResult parseResult, DataOptions data) =>
        new(parseResult.GetValue(Xlsx), parseResult.GetValue(data.Lenient), ConfigPath(parseResult), parseResult.GetValue(Playbook.Option)?.FullName)
        {
            Parquet = parseResult.GetValue(Format) == "parquet",
        };

    /// <summary>The context a method runs in on <paramref name="loaded"/>.</summary>
    /// <param name="fitSample">With --db: the seeded sample clusterings fit on (null: every customer).</param>
    /// <param name="warehouseRfm">With --db: RFM measures and cut points from the database.</param>
    public SegmentRunContext Context(ParseResult parseResult, LoadedData loaded, SegmentationData? fitSample = null, Engines.Warehouse.WarehouseRfm? warehouseRfm = null) =>
        new(loaded, ConfigPath(parseResult), parseResult.GetValue(Seed), parseResult.GetValue(K), Commands.SegmentCommand.ParseSettings(parseResult.GetValue(Set) ?? []))
        {
            Playbook = Playbook.Read(parseResult),
            FitSample = fitSample,
            WarehouseRfm = warehouseRfm,
        };
}
