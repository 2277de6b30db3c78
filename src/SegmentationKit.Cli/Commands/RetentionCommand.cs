using System.CommandLine;
using System.Globalization;
using SegmentationKit.Charts;
using SegmentationKit.Cli.Infrastructure;
using SegmentationKit.Data;
using SegmentationKit.Errors;
using SegmentationKit.IO;
using SegmentationKit.Retention;
using Spectre.Console;

namespace SegmentationKit.Cli.Commands;

/// <summary><c>segkit retention</c>: the shifted-beta-geometric model of contractual retention
/// (Fader &amp; Hardie 2007) fitted per cohort (from <c>cohort,period,active</c> counts) or per segment
/// (from signup and churn dates), projected survival and retention, and the discounted expected
/// residual lifetime (Fader &amp; Hardie 2010) beside the naive constant-retention figure.</summary>
public sealed class RetentionCommand : ICliCommand
{
    private static readonly Dictionary<string, string> OptionNames = new(StringComparer.Ordinal) { ["horizon"] = "--horizon", ["discount_rate"] = "--discount-rate" };

    public const string ResultFile = "retention.json";
    public const string RenewalsFile = "renewals.csv";
    public const string ChartFile = "retention-chart.html";

    public Command Build()
    {
        var counts = new Option<FileInfo?>("--counts") { Description = "CSV cohort,period,active: customers still active at the start of each period, period 0 = the cohort's starting count" };
        var customers = new Option<FileInfo?>("--customers") { Description = "Customer file (CSV or Parquet) with signup_date, churned and churn_date: renewals counted per segment, censored at --as-of" };
        var mapping = new Option<FileInfo?>("--mapping") { Description = "YAML file mapping the customer file's headers to standard column names (with --customers)" };
        var asOf = new Option<string?>("--as-of") { Description = "Reference date, YYYY-MM-DD (with --customers; default: the --run's as-of date)" };
        var period = new Option<string>("--period") { Description = "Contract period: year or month (the counts' period with --counts)", DefaultValueFactory = _ => "year" };
        period.AcceptOnlyFromAmong("year", "month");
        var segmentBy = new Option<string?>("--segment-by") { Description = "With --customers: fit one model per value of this column" };
        var run = new Option<DirectoryInfo?>("--run") { Description = "With --customers: fit one model per segment of this segkit segment run folder" };
        var horizon = new Option<int>("--horizon") { Description = "Last period of the projected curves", DefaultValueFactory = _ => 12 };
        var discount = new Option<double>("--discount-rate") { Description = "Annual discount rate of the expected residual lifetime, e.g. 0.1 for 10 % a year", DefaultValueFactory = _ => 0.1 };
        var outDir = new Option<DirectoryInfo>("--out") { Description = "Folder to write retention.json, renewals.csv, retention-chart.html and manifest.json to", Required = true };
        var command = new Command("retention", "Contractual retention: the shifted-beta-geometric model per cohort or segment, projected survival and discounted expected residual lifetime");
        foreach (var o in new Option[] { counts, customers, mapping, asOf, period, segmentBy, run, horizon, discount, outDir }) command.Options.Add(o);
        command.SetAction(parseResult => CliAction.Run(parseResult, () =>
        {
            var countsPath = parseResult.GetValue(counts)?.ToString();
            var customersPath = parseResult.GetValue(customers)?.ToString();
            if ((countsPath is null) == (customersPath is null))
                throw new ConfigurationException(null, "--counts / --customers", "both or neither were given",
                    "give exactly one: --counts counts.csv, or --customers customers.csv --as-of DATE");
            var by = parseResult.GetValue(segmentBy);
            var runDir = parseResult.GetValue(run);
            if (countsPath is not null && (by is not null || runDir is not null || parseResult.GetValue(mapping) is not null))
                throw new ConfigurationException(null, by is not null ? "--segment-by" : runDir is not null ? "--run" : "--mapping", "only applies with --customers",
                    "with --counts each cohort of the file is fitted; drop the option");
            if (by is not null && runDir is not null)
                throw new ConfigurationException(null, "--segment-by / --run", "both were given", "group customers by a column (--segment-by) or by a run's segments (--run), not both");
            var retentionPeriod = parseResult.GetValue(period) == "month" ? RetentionPeriod.Month : RetentionPeriod.Year;
            var h = parseResult.GetValue(horizon);
            var rate = parseResult.GetValue(discount);
            var date = DataOptions.ParseAsOf(parseResult.GetValue(asOf));

            var inputs = new List<string>();
            IReadOnlyList<RenewalCounts> groups;
            var notes = new List<string>();
            string? segmentFile = null;
            if (countsPath is not null)
            {
                groups = CohortCountsCsv.Read(countsPath);
                inputs.Add(countsPath);
            }
            else
            {
                var mappingPath = parseResult.GetValue(mapping)?.ToString();
                var datasetMapping = mappingPath is null ? DatasetMapping.Empty : DatasetMapping.Load(mappingPath);
                var table = CliProgress.Run(progress => CustomerFile.Load(customersPath!, new CsvReadOptions { Mapping = datasetMapping.Customers }, progress));
                inputs.Add(customersPath!);
                if (mappingPath is not null) inputs.Add(mappingPath);
                IReadOnlyList<string>? labels = null;
                if (by is not null)
                {
                    if (!table.TryGetColumn(by, out var column))
                        throw new ConfigurationException(null, "--segment-by", $"'{by}' is not a column of {customersPath}", "give one of its columns, e.g. --segment-by plan");
                    labels = Enumerable.Range(0, table.RowCount).Select(r => column.FormatInvariant(r) ?? "(missing)").ToArray();
                }
                else if (runDir is not null)
                {
                    var folder = RunFiles.Folder(runDir, "--run");
                    segmentFile = Path.Combine(folder, SegmentCommand.SegmentationFile);
                    var segmentation = RunFiles.Read(segmentFile, json => SegmentationRunFolder.Parse(json, folder), "segmentation", "rerun segkit segment to write it again");
                    inputs.Add(segmentFile);
                    date ??= segmentation.AsOf;
                    var segmentOf = new Dictionary<string, string>(StringComparer.Ordinal);
                    for (var i = 0; i < segmentation.CustomerCount; i++) segmentOf[segmentation.CustomerIds[i]] = segmentation.SegmentIds[i];
                    var missing = table.CustomerIds.Count(id => !segmentOf.ContainsKey(id));
                    if (missing > 0)
                        throw new DataValidationException(segmentFile, null, null, null,
                            $"{missing} customer(s) of {customersPath} are not in the run, e.g. {table.CustomerIds.First(id => !segmentOf.ContainsKey(id))}",
                            "give the customer file the run was made on");
                    labels = table.CustomerIds.Select(id => segmentOf[id]).ToArray();
                }
                if (date is null)
                    throw new ConfigurationException(null, "--as-of", "is required with --customers", "give the reference date, e.g. --as-of 2026-06-30 (renewals after it are unknown)");
                var all = RenewalHistory.FromCustomers(table, date.Value, retentionPeriod, labels, out var leftOut);
                if (leftOut > 0) notes.Add(F($"{leftOut:N0} customer(s) left out: signed up after {date:yyyy-MM-dd}, or churned without a churn date."));
                // A group without a loss or a renewal has no sBG fit: say so and go on with the others.
                groups = all.Where(g => CanFit(g, notes)).ToList();
                if (groups.Count == 0)
                    throw new ModelException("retention: no group has both a churn and a renewal to fit", "follow the customers for longer, or group them differently");
            }

            var analysis = RetentionAnalysis.Fit(groups, retentionPeriod, h, rate);
            using var output = new OutputFolder(parseResult.GetValue(outDir)!.FullName, inputs.Select(Path.GetFullPath), typed: parseResult.GetValue(outDir)!.ToString(), command: "retention");
            output.WriteAllText(ResultFile, analysis.ToJson());
            output.WriteAllText(RenewalsFile, RenewalsCsv(groups));
            output.WriteAllText(ChartFile, RetentionCharts.SurvivalCurves(analysis).ToHtml());
            var written = new List<string> { ResultFile, RenewalsFile, ChartFile, OutputFolder.ManifestFile };
            var parameters = new Dictionary<string, string>
            {
                ["period"] = retentionPeriod.ToString().ToLowerInvariant(),
                ["horizon"] = h.ToString(CultureInfo.InvariantCulture),
                ["discount_rate"] = rate.ToString("R", CultureInfo.InvariantCulture),
            };
            if (by is not null) parameters["segment_by"] = by;
            if (segmentFile is not null) parameters["run"] = runDir!.ToString();
            output.WriteAllText(OutputFolder.ManifestFile,
                new RunManifest("retention", inputs.Select(f => RunManifest.Input(f)).ToList(), parameters, date, KitInfo.Version, written, notes.Count == 0 ? null : notes).ToJson());
            output.Commit();
            Print(analysis, notes, output.Destination);
            return 0;
        }, OptionNames));
        return command;
    }

    private static bool CanFit(RenewalCounts g, List<string> notes)
    {
        if (g.Lost.Sum() > 0 && g.Customers - g.Lost[1] - g.Censored[0] > 0) return true;
        notes.Add(F($"'{g.Name}' ({g.Customers:N0} customers) is left out: it needs at least one churn and one renewal for the model to be fitted."));
        return false;
    }

    /// <summary>What each model was fitted on, per group and period: at risk, lost, still active when observation ended.</summary>
    internal static string RenewalsCsv(IReadOnlyList<RenewalCounts> groups) => SpreadsheetCsvWriter.ToText(csv =>
    {
        csv.Header("cohort", "period", "at_risk", "lost", "censored", "observed_survival");
        foreach (var g in groups)
        {
            var survival = g.ObservedSurvival();
            for (var t = 0; t <= g.Periods; t++)
            {
                csv.Text(g.Name).Integer(t).Integer(t == 0 ? g.Customers : g.AtRisk(t)).Integer(g.Lost[t]).Integer(g.Censored[t]);
                if (double.IsFinite(survival[t])) csv.Number(survival[t]);
                else csv.Text("");
                csv.EndRow();
            }
        }
    });

    private static void Print(RetentionAnalysis analysis, IReadOnlyList<string> notes, string destination)
    {
        var console = CliConsole.Out;
        var unit = analysis.Period == RetentionPeriod.Year ? "year" : "month";
        var table = new Table().AddColumns("cohort", "customers", "alpha", "beta", "log-likelihood", $"S({analysis.Horizon})",
            $"DERL new", $"DERL after last {unit}", "naive DERL");
        foreach (var c in analysis.Cohorts)
            table.AddRow(Markup.Escape(c.Cohort), F($"{c.Customers:N0}"), F($"{c.Alpha:0.###}"), F($"{c.Beta:0.###}"), F($"{c.LogLikelihood:0.##}"),
                F($"{c.Survival[analysis.Horizon]:0.0%}"), F($"{c.ExpectedResidualLifetimeNew:0.##}"), F($"{c.ExpectedResidualLifetime:0.##}"),
                F($"{c.NaiveExpectedResidualLifetime:0.##}"));
        console.Write(table);
        console.WriteLine(F($"DERL: discounted expected residual lifetime in {unit}s (payments still to come, at {analysis.AnnualDiscountRate:0.##%} a year); multiply by the margin per {unit} for the residual CLV."));
        console.WriteLine("Naive: the same with the first-period retention held constant for ever; it ignores that customers who stay are the loyal ones, and undervalues them.");
        foreach (var note in notes) console.WriteLine(Markup.Escape(note));
        console.WriteLine($"Wrote {Markup.Escape(Path.Combine(destination, ResultFile))}, {RenewalsFile} and {ChartFile}");
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
