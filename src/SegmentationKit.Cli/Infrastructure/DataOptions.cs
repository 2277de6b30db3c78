using System.CommandLine;
using System.Globalization;
using SegmentationKit.Data;
using SegmentationKit.Errors;
using SegmentationKit.IO;
using Spectre.Console;

namespace SegmentationKit.Cli.Infrastructure;

/// <summary>The data options every command that reads a customer base shares (<c>--customers</c>,
/// <c>--transactions</c>, <c>--mapping</c>, <c>--dialect</c>, <c>--lenient</c>, <c>--as-of</c>),
/// and the one way to load them. Create one per command, <see cref="AddTo"/> it, then call
/// <see cref="Load"/> in the action.</summary>
public sealed class DataOptions
{
    /// <summary>How many rejected rows the console shows; all of them go to rejects.csv.</summary>
    public const int RejectsShown = 20;

    public const string RejectsFileName = "rejects.csv";

    public DataOptions(bool transactionsRequired = false)
    {
        Transactions.Required = transactionsRequired;
    }

    public Option<FileInfo> Customers { get; } = new("--customers")
    {
        Description = "Customer file, CSV or Parquet (by its .parquet extension): one row per customer with a customer_id column",
        Required = true,
    };

    public Option<FileInfo?> Transactions { get; } = new("--transactions")
    {
        Description = "Transaction file, CSV or Parquet (by its .parquet extension): customer_id, date, amount per order or invoice",
    };

    public Option<FileInfo?> Mapping { get; } = new("--mapping")
    {
        Description = "YAML file mapping your headers to standard column names and kinds",
    };

    public Option<string> Dialect { get; } = CreateDialectOption();

    public Option<bool> Lenient { get; } = new("--lenient")
    {
        Description = "Skip bad rows instead of stopping; every skipped row is reported (console and rejects.csv)",
    };

    public Option<string?> AsOf { get; } = new("--as-of")
    {
        Description = "Date the analysis is made at, YYYY-MM-DD: only customers signed up by then, transactions up to it, churn as of it (default: the last transaction date, nothing left out)",
    };

    /// <summary>False for a command that takes its dates otherwise (<c>segkit track</c>'s repeated
    /// --as-of): <see cref="AsOf"/> is then neither added nor read.</summary>
    public bool WithAsOf { get; init; } = true;

    public Option<string?> Encoding { get; } = CreateEncodingOption();

    public void AddTo(Command command)
    {
        command.Options.Add(Customers);
        command.Options.Add(Transactions);
        command.Options.Add(Mapping);
        command.Options.Add(Dialect);
        command.Options.Add(Lenient);
        if (WithAsOf) command.Options.Add(AsOf);
        command.Options.Add(Encoding);
    }

    /// <summary>Full paths of the files the options name, before loading: give them to
    /// <see cref="OutputFolder"/> so an output can never overwrite an input.</summary>
    public IReadOnlyList<string> InputPaths(ParseResult parseResult)
    {
        var paths = new List<string>();
        if (parseResult.GetValue(Customers) is { } c) paths.Add(c.FullName);
        if (parseResult.GetValue(Transactions) is { } t) paths.Add(t.FullName);
        if (parseResult.GetValue(Mapping) is { } m) paths.Add(m.FullName);
        return paths;
    }

    /// <summary>Loads the files the options name. In lenient mode prints the number of rejected
    /// rows and the first <see cref="RejectsShown"/> on stderr, and writes all of them to
    /// <c>rejects.csv</c> in <paramref name="output"/> (when the command has an output folder).</summary>
    /// <param name="rejectsFile">Name of the rejects file in <paramref name="output"/>.</param>
    public LoadedData Load(ParseResult parseResult, OutputFolder? output = null, string rejectsFile = RejectsFileName)
    {
        // Paths as the user typed them, so messages name the file the way the user knows it.
        var customersPath = AsTyped(parseResult.GetValue(Customers))!;
        var transactionsPath = AsTyped(parseResult.GetValue(Transactions));
        var mappingPath = AsTyped(parseResult.GetValue(Mapping));
        var lenient = parseResult.GetValue(Lenient);
        var asOf = WithAsOf ? ParseAsOf(parseResult.GetValue(AsOf)) : null;
        var dialect = ParseDialect(parseResult.GetValue(Dialect));
        var encoding = TextInput.Choose(parseResult.GetValue(Encoding));
        return LoadFiles(customersPath, transactionsPath, mappingPath, lenient, asOf, dialect, encoding, output, rejectsFile);
    }

    /// <summary>Loads the files named (paths as the user wrote them, for messages): what <see cref="Load"/>
    /// does for the options, for callers that take the paths elsewhere (a pipeline file).</summary>
    /// <param name="asOf">A point in time to cut the base to (see <see cref="Tracking.PointInTime"/>); null: none.</param>
    public static LoadedData LoadFiles(string customersPath, string? transactionsPath, string? mappingPath, bool lenient, DateOnly? asOf,
        CsvDialect dialect, TextEncoding? encoding, OutputFolder? output = null, string rejectsFile = RejectsFileName)
    {
        var mapping = mappingPath is null ? DatasetMapping.Empty : DatasetMapping.Load(mappingPath);
        var customerOptions = new CsvReadOptions { Dialect = dialect, Mapping = mapping.Customers, Encoding = encoding };
        var transactionOptions = new CsvReadOptions { Dialect = dialect, Mapping = mapping.Transactions, Encoding = encoding };

        var rejects = new List<RejectedRow>();
        CustomerTable customers;
        TransactionLog? transactions = null;
        if (lenient)
        {
            (customers, transactions) = CliProgress.Run(progress =>
            {
                var c = CustomerFile.LoadLenient(customersPath, customerOptions, progress);
                rejects.AddRange(c.Rejects);
                if (transactionsPath is null) return (c.Table, (TransactionLog?)null);
                var t = TransactionFile.LoadLenient(transactionsPath, transactionOptions, c.Table, progress);
                rejects.AddRange(t.Rejects);
                return (c.Table, t.Table);
            });
            ReportRejects(rejects, output, rejectsFile);
        }
        else
        {
            (customers, transactions) = CliProgress.Run(progress =>
            {
                var c = CustomerFile.Load(customersPath, customerOptions, progress);
                var t = transactionsPath is null ? null : TransactionFile.Load(transactionsPath, transactionOptions, c, progress);
                return (c, t);
            });
        }

        // A given date is a point in time: the base as it was known then (see docs/tracking.md).
        if (asOf is { } pointInTime)
        {
            var known = Tracking.PointInTime.Truncate(new SegmentationData(customers, transactions, pointInTime), pointInTime);
            customers = known.Customers;
            transactions = known.Transactions;
        }
        asOf ??= transactions?.DateRange?.Last;
        var inputs = new List<string> { customersPath };
        var encodings = new Dictionary<string, TextEncoding>(StringComparer.Ordinal);
        if (customers.Encoding is { } ce) encodings[customersPath] = ce;
        if (transactionsPath is not null)
        {
            inputs.Add(transactionsPath);
            if (transactions?.Encoding is { } te) encodings[transactionsPath] = te;
        }
        if (mappingPath is not null) inputs.Add(mappingPath);
        foreach (var (file, used) in encodings) ReportEncoding(file, used);
        return new LoadedData(customers, transactions, asOf, inputs, rejects) { Encodings = encodings };
    }

    /// <summary>A file the kit did not read as UTF-8 gets a line on stderr, so a wrong guess is seen
    /// before it reaches a report; the manifest records every input's encoding either way.</summary>
    internal static void ReportEncoding(string file, TextEncoding used)
    {
        if (!used.IsWorthReporting || used.Reason.Contains("--encoding", StringComparison.Ordinal)) return;
        CliConsole.Error.MarkupLine(Markup.Escape(
            $"note: {TextInput.Describe(file, used)}; if the accents look wrong, give the file's encoding with --encoding NAME"));
    }

    internal static Option<string?> CreateEncodingOption() => new("--encoding")
    {
        Description = $"Encoding of the input CSV files: {TextInput.KnownNames}, or auto (the default: a byte order mark, else UTF-8 when valid, else Windows-1252)",
    };

    private static void ReportRejects(IReadOnlyList<RejectedRow> rejects, OutputFolder? output, string rejectsFile)
    {
        if (rejects.Count == 0) return;
        var console = CliConsole.Error;
        var byFile = rejects.GroupBy(r => r.File).Select(g => $"{Path.GetFileName(g.Key)}: {g.Count()}");
        console.MarkupLine($"[yellow]warning:[/] {rejects.Count} row{(rejects.Count == 1 ? "" : "s")} rejected in lenient mode ({Markup.Escape(string.Join(", ", byFile))})");
        var table = new Table().AddColumns("file", "line", "column", "value", "reason");
        foreach (var r in rejects.Take(RejectsShown))
            table.AddRow(Markup.Escape(Path.GetFileName(r.File)), r.Line.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(r.Column ?? ""), Markup.Escape(r.Value ?? ""), Markup.Escape(r.Reason));
        console.Write(table);
        if (output is not null)
        {
            RejectsCsv.Write(output.PathFor(rejectsFile), rejects);
            console.MarkupLine(Markup.Escape($"All {rejects.Count} rejected rows: {Path.Combine(output.Destination, rejectsFile)}"));
        }
        else if (rejects.Count > RejectsShown)
        {
            console.MarkupLine(Markup.Escape($"{rejects.Count - RejectsShown} more not shown; give --out DIR to get every rejected row in DIR/{RejectsFileName}."));
        }
    }

    internal static Option<string> CreateDialectOption()
    {
        var option = new Option<string>("--dialect")
        {
            Description = "CSV dialect: standard (',' and decimal point), french (';' and decimal comma) or auto (from the header line)",
            DefaultValueFactory = _ => "auto",
        };
        option.AcceptOnlyFromAmong("auto", "standard", "french");
        return option;
    }

    internal static CsvDialect ParseDialect(string? value) => value switch
    {
        "standard" => CsvDialect.Standard,
        "french" => CsvDialect.French,
        _ => CsvDialect.Auto,
    };

    internal static DateOnly? ParseAsOf(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        throw new ConfigurationException(null, "--as-of", $"'{text}' is not a date", "write it as YYYY-MM-DD, e.g. 2025-12-31");
    }

    private static string? AsTyped(FileInfo? file) => file?.ToString();
}
