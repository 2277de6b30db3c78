using System.CommandLine;
using SegmentationKit.Errors;

namespace SegmentationKit.Cli.Infrastructure;

/// <summary>The options of <c>segkit segment --db</c>: the base is read from a database (PostgreSQL or
/// a DuckDB file) instead of CSV files, and the assignments may be written back into it
/// (docs/warehouse.md).</summary>
public sealed class DatabaseOptions
{
    /// <summary>Default of --sample: clusterings fit on at most this many customers, drawn with --seed.</summary>
    public const int DefaultSample = 100_000;

    public const string DefaultTarget = "segkit_assignments";

    public Option<string?> Db { get; } = new("--db")
    {
        Description = "Read the base from a database instead of files: a PostgreSQL connection string (Host=…;Database=…;Username=…) or a DuckDB database file",
    };

    public Option<string?> CustomersTable { get; } = new("--customers-table") { Description = "With --db: the table with one row per customer (customer_id and the method's columns)" };
    public Option<string?> TransactionsTable { get; } = new("--transactions-table") { Description = "With --db: the table of orders (customer_id, date, amount), for RFM and the as-of date" };
    public Option<bool> WriteBack { get; } = new("--write-back") { Description = "With --db: also write the assignments (customer_id, segment_id) as a table in that database, replaced in one transaction" };
    public Option<string?> Target { get; } = new("--target") { Description = $"With --write-back: the table to (re)create (default {DefaultTarget})" };

    public Option<int?> Sample { get; } = new("--sample")
    {
        Description = $"With --db: clusterings (kmeans, gmm, ward, kprototypes) fit on a sample of this many customers drawn with --seed, then assign every customer (default {DefaultSample:N0}; 0 = all)",
    };

    public void AddTo(Command command)
    {
        foreach (var o in new Option[] { Db, CustomersTable, TransactionsTable, WriteBack, Target, Sample }) command.Options.Add(o);
    }

    public bool Given(ParseResult parseResult) => parseResult.GetValue(Db) is not null;

    /// <summary>Either files or a database: the options of the other source are refused rather than ignored.</summary>
    public void Check(ParseResult parseResult, DataOptions data)
    {
        var files = parseResult.GetValue(data.Customers) is not null;
        if (!Given(parseResult))
        {
            if (!files)
                throw new ConfigurationException(null, "--customers", "segment needs a customer base",
                    "pass --customers customers.csv (and --transactions orders.csv), or --db CONNECTION --customers-table TABLE");
            foreach (var (name, given) in new[] { ("--customers-table", parseResult.GetValue(CustomersTable) is not null), ("--transactions-table", parseResult.GetValue(TransactionsTable) is not null),
                         ("--write-back", parseResult.GetValue(WriteBack)), ("--target", parseResult.GetValue(Target) is not null), ("--sample", parseResult.GetValue(Sample) is not null) })
                if (given) throw new ConfigurationException(null, name, $"{name} applies to a database run only", "add --db CONNECTION, or leave it out");
            return;
        }
        foreach (var (name, given) in new[] { ("--customers", files), ("--transactions", parseResult.GetValue(data.Transactions) is not null),
                     ("--mapping", parseResult.GetValue(data.Mapping) is not null), ("--lenient", parseResult.GetValue(data.Lenient)) })
            if (given) throw new ConfigurationException(null, name, $"{name} reads files; with --db the base comes from the database", "name the tables with --customers-table and --transactions-table instead");
        if (parseResult.GetValue(CustomersTable) is null)
            throw new ConfigurationException(null, "--customers-table", "--db needs the table of customers", "pass --customers-table customers (schema.table for another schema)");
        if (parseResult.GetValue(Target) is not null && !parseResult.GetValue(WriteBack))
            throw new ConfigurationException(null, "--target", "--target names the table --write-back writes", "add --write-back, or leave --target out");
        if (parseResult.GetValue(Sample) is < 0)
            throw new ConfigurationException(null, "--sample", $"must be a number of customers ≥ 0, got {parseResult.GetValue(Sample)}", "give e.g. --sample 100000, or 0 for every customer");
    }
}
