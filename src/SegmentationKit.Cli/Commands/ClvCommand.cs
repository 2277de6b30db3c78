using System.CommandLine;
using System.Globalization;
using SegmentationKit.Cli.Infrastructure;
using SegmentationKit.Data;
using SegmentationKit.Errors;
using SegmentationKit.IO;
using SegmentationKit.Profiling;
using Spectre.Console;

namespace SegmentationKit.Cli.Commands;

/// <summary><c>segkit clv</c>: BG/NBD and Gamma-Gamma fitted on a transaction log or a purchase
/// summary, with per-customer P(alive), expected purchases, expected spend and CLV.</summary>
public sealed class ClvCommand : ICliCommand
{
    /// <summary>The options of this command that set what an options record calls by another name.</summary>
    private static readonly Dictionary<string, string> OptionNames = new(StringComparer.Ordinal) { ["horizon"] = "--horizon", ["discount_rate"] = "--discount-rate" };

    public Command Build()
    {
        var transactions = new Option<FileInfo?>("--transactions") { Description = "Transaction file, CSV or Parquet (customer_id, date, amount); needs --as-of" };
        var summary = new Option<FileInfo?>("--summary")
        {
            Description = "Purchase summary CSV: customer_id, frequency (repeat purchases), recency, T, optional monetary_value; times in --unit",
        };
        var asOf = new Option<string?>("--as-of") { Description = "End of the observation period, YYYY-MM-DD (with --transactions)" };
        var unit = new Option<string>("--unit") { Description = "Time unit of recency, T and the horizon: days or weeks", DefaultValueFactory = _ => "weeks" };
        unit.AcceptOnlyFromAmong("days", "weeks");
        var engine = new Option<string>("--engine")
        {
            Description = "Who computes the purchase summaries from --transactions: inprocess (default; loads the file) or duckdb (an embedded DuckDB reads the CSV or Parquet file, larger than memory; rows by customer id)",
            DefaultValueFactory = _ => "inprocess",
        };
        engine.AcceptOnlyFromAmong("inprocess", "duckdb");
        var horizon = new Option<double?>("--horizon") { Description = "Prediction horizon in --unit (default one year: 52 weeks or 365 days)" };
        var discount = new Option<double>("--discount-rate") { Description = "Annual discount rate of the CLV, e.g. 0.10 for 10 % a year", DefaultValueFactory = _ => 0.10 };
        var outDir = new Option<DirectoryInfo>("--out")
        {
            Description = "Folder to write clv-params.json, clv.csv, manifest.json and (with --transactions) summary.csv to",
            Required = true,
        };
        var command = new Command("clv", "Customer lifetime value: BG/NBD (purchases, P(alive)) and Gamma-Gamma (spend), fitted by maximum likelihood");
        foreach (var o in new Option[] { transactions, summary, asOf, unit, engine, horizon, discount, outDir }) command.Options.Add(o);
        command.SetAction(parseResult => CliAction.Run(parseResult, () =>
        {
            var transactionsPath = parseResult.GetValue(transactions)?.ToString();
            var summaryPath = parseResult.GetValue(summary)?.ToString();
            if ((transactionsPath is null) == (summaryPath is null))
                throw new ConfigurationException(null, "--transactions / --summary", "both or neither were given", "give exactly one: --transactions T.csv --as-of DATE, or --summary S.csv");
            var timeUnit = parseResult.GetValue(unit) == "days" ? ClvTimeUnit.Days : ClvTimeUnit.Weeks;
            var h = parseResult.GetValue(horizon) ?? (timeUnit == ClvTimeUnit.Weeks ? 52 : 365);
            var rate = parseResult.GetValue(discount);
            var date = DataOptions.ParseAsOf(parseResult.GetValue(asOf));

            IReadOnlyList<PurchaseHistory> histories;
            string input;
            var leftOut = 0;
            if (transactionsPath is not null)
            {
                if (date is null)
                    throw new ConfigurationException(null, "--as-of", "is required with --transactions", "give the end of the observation period, e.g. --as-of 2025-12-31");
                histories = parseResult.GetValue(engine) == "duckdb"
                    ? Engines.DuckDbPurchaseSummaries.FromFile(transactionsPath, date.Value, timeUnit, out leftOut).Select(r => r.History).ToList()
                    : PurchaseSummary.FromTransactions(CliProgress.Run(progress => TransactionFile.Load(transactionsPath, progress: progress)), date.Value, timeUnit, out leftOut);
                input = transactionsPath;
            }
            else
            {
                histories = PurchaseSummary.ReadCsv(summaryPath!);
                input = summaryPath!;
            }

            var result = ClvResult.Compute(histories, timeUnit, h, rate);
            using var output = new OutputFolder(parseResult.GetValue(outDir)!.FullName, [input], typed: parseResult.GetValue(outDir)!.ToString(), command: "clv");
            output.WriteAllText("clv-params.json", result.ParamsJson());
            output.WriteAllText("clv.csv", result.PredictionsCsv());
            var outputs = new List<string> { "clv-params.json", "clv.csv" };
            if (transactionsPath is not null)
            {
                // The RFM summary the models were fitted on; segkit clv --summary reads it back.
                output.WriteAllText("summary.csv", PurchaseSummary.ToCsv(histories));
                outputs.Add("summary.csv");
            }
            outputs.Add("manifest.json");
            var parameters = new Dictionary<string, string>
            {
                ["unit"] = timeUnit == ClvTimeUnit.Weeks ? "weeks" : "days",
                ["horizon"] = h.ToString("R", CultureInfo.InvariantCulture),
                ["discount_rate"] = rate.ToString("R", CultureInfo.InvariantCulture),
            };
            if (transactionsPath is not null) parameters["engine"] = parseResult.GetValue(engine)!;
            output.WriteAllText("manifest.json", new RunManifest("clv", [RunManifest.Input(input)], parameters, date, KitInfo.Version, outputs).ToJson());
            output.Commit();

            Print(result, leftOut, output.Destination);
            return 0;
        }, OptionNames));
        return command;
    }

    private static void Print(ClvResult result, int leftOut, string destination)
    {
        var console = CliConsole.Out;
        var unitName = result.Unit == ClvTimeUnit.Weeks ? "weeks" : "days";
        var b = result.BgNbd;
        var table = new Table().AddColumns("model", "parameters", "log-likelihood", "customers");
        table.AddRow("BG/NBD", F($"r = {b.R:0.####}, alpha = {b.Alpha:0.####} ({unitName}), a = {b.A:0.####}, b = {b.B:0.####}"),
            F($"{b.LogLikelihood:0.##}"), F($"{b.CustomerCount:N0}"));
        if (result.GammaGamma is { } g)
            table.AddRow("Gamma-Gamma", F($"p = {g.P:0.####}, q = {g.Q:0.####}, v = {g.V:0.####}"), F($"{g.LogLikelihood:0.##}"), F($"{g.CustomerCount:N0}"));
        console.Write(table);
        var p = result.Predictions;
        var summary = F($"Over {result.Horizon:0.##} {unitName}: mean P(alive) {p.Average(x => x.ProbabilityAlive):0.###}, expected purchases {p.Sum(x => x.ExpectedPurchases):N1} in all");
        if (result.GammaGamma is not null) summary += F($", CLV {p.Sum(x => x.Clv):N0} in all (discounted at {result.AnnualDiscountRate * 100:0.##}% a year)");
        console.WriteLine(summary);
        foreach (var note in result.Notes) console.WriteLine(note);
        if (leftOut > 0) console.WriteLine(F($"{leftOut:N0} transaction(s) after the as-of date were left out."));
        console.WriteLine($"Wrote {Path.Combine(destination, "clv-params.json")} and clv.csv");
    }

    private static string F(FormattableString s) => Markup.Escape(s.ToString(CultureInfo.InvariantCulture));
}
