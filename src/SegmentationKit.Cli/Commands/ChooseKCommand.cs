using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using SegmentationKit.Cli.Infrastructure;
using SegmentationKit.Cli.NumericClustering;
using SegmentationKit.Evaluation;
using SegmentationKit.Features;
using SegmentationKit.IO;
using Spectre.Console;

namespace SegmentationKit.Cli.Commands;

/// <summary><c>segkit choose-k --data X.csv --k-min 2 --k-max 12 [...]</c>: a k-means sweep over k on any
/// numeric CSV, every metric per k in a table, and the recommended k with its reasoning; with
/// <c>--out DIR</c> also <c>choose-k.json</c> and <c>manifest.json</c>, with <c>--json</c> the JSON on stdout.</summary>
public sealed class ChooseKCommand : ICliCommand
{
    /// <summary>The options of this command that set what an options record calls by another name.</summary>
    private static readonly Dictionary<string, string> OptionNames = new(StringComparer.Ordinal) { ["k_min"] = "--k-min", ["k_max"] = "--k-max", ["restarts"] = "--restarts", ["stability_resamples"] = "--stability-resamples" };

    public const string ResultFile = "choose-k.json";

    public Command Build()
    {
        var data = new NumericDataOptions();
        var kMin = new Option<int>("--k-min") { Description = "Smallest k tried (at least 2)", DefaultValueFactory = _ => 2 };
        var kMax = new Option<int>("--k-max") { Description = "Largest k tried", DefaultValueFactory = _ => 10 };
        var restarts = new Option<int>("--restarts") { Description = "k-means starts per k, the lowest inertia kept", DefaultValueFactory = _ => 5 };
        var resamples = new Option<int>("--stability-resamples") { Description = "Bootstrap fits per k for the stability (0 skips it)", DefaultValueFactory = _ => 6 };
        var seed = new Option<int>("--seed") { Description = "Seed of every random choice", DefaultValueFactory = _ => 0 };
        var scale = new Option<string>("--scale")
        {
            Description = "Scale columns first: none, standard ((x − mean) / sd) or robust ((x − median) / IQR)",
            DefaultValueFactory = _ => "standard",
        };
        scale.AcceptOnlyFromAmong("none", "standard", "robust");
        var outDir = new Option<DirectoryInfo?>("--out") { Description = "Folder to write choose-k.json and manifest.json to" };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON on stdout instead of the table" };

        var command = new Command("choose-k", "Choose k for k-means on any numeric CSV: every metric per k and a recommendation with its reasoning");
        data.AddTo(command);
        foreach (var o in new Option[] { kMin, kMax, restarts, resamples, seed, scale, outDir, json }) command.Options.Add(o);
        command.SetAction(parseResult => CliAction.Run(parseResult, () =>
        {
            var matrix = data.Load(parseResult);
            var scaling = parseResult.GetValue(scale)!;
            var scaler = ColumnScaler.Fit(matrix, ClusterCommand.ParseScale(scaling));
            var scaled = scaler.Method == ScalingMethod.None ? matrix : scaler.Transform(matrix);
            var options = new KSweepOptions
            {
                KMin = parseResult.GetValue(kMin), KMax = parseResult.GetValue(kMax), Restarts = parseResult.GetValue(restarts),
                StabilityResamples = parseResult.GetValue(resamples), Seed = parseResult.GetValue(seed),
            };
            var result = KSweep.Run(scaled, options);
            var text = JsonSerializer.Serialize(ChooseKFile.From(result, scaling, scaler.Diagnostics), ChooseKFile.JsonOptions);

            if (parseResult.GetValue(outDir) is { } dir)
            {
                var dataPath = data.DataPath(parseResult);
                using var output = new OutputFolder(dir.FullName, [Path.GetFullPath(dataPath)], typed: dir.ToString(), command: "choose-k");
                output.WriteAllText(ResultFile, text + "\n");
                var parameters = new Dictionary<string, string>
                {
                    ["k_min"] = Invariant(options.KMin), ["k_max"] = Invariant(options.KMax), ["restarts"] = Invariant(options.Restarts),
                    ["stability_resamples"] = Invariant(options.StabilityResamples), ["seed"] = Invariant(options.Seed), ["scale"] = scaling,
                    ["exclude"] = string.Join(",", data.ExcludedColumns(parseResult)),
                };
                output.WriteAllText("manifest.json", new RunManifest("choose-k", [RunManifest.Input(dataPath, data.LoadedEncoding)], parameters, null, KitInfo.Version,
                    [ResultFile, "manifest.json"]).ToJson());
                output.Commit();
            }
            if (parseResult.GetValue(json)) Console.Out.WriteLine(text);
            else Print(result, scaling, scaler.Diagnostics);
            return 0;
        }, OptionNames));
        return command;
    }

    private static void Print(KSweepResult r, string scaling, IReadOnlyList<string> notes)
    {
        var console = CliConsole.Out;
        console.WriteLine(FormattableString.Invariant($"k-means, k = {r.Options.KMin}–{r.Options.KMax}, {r.Rows:N0} rows × {r.Columns} columns, scaling: {scaling}, {r.Options.Restarts} starts per k"));
        var table = new Table().AddColumn("k");
        foreach (var h in new[] { "inertia", "drop", "silhouette", "Davies–Bouldin", "Calinski–Harabasz", "BIC", "stability", "smallest" })
            table.AddColumn(new TableColumn(h).RightAligned());
        foreach (var row in r.Table)
        {
            var mark = row.K == r.Recommendation.K ? " ←" : "";
            table.AddRow(Invariant(row.K) + mark, F(row.Inertia, "0.###"), double.IsNaN(row.InertiaDrop) ? "–" : F(row.InertiaDrop, "0.0%"),
                F(row.Silhouette, "0.000"), F(row.DaviesBouldin, "0.000"), F(row.CalinskiHarabasz, "0.#"), F(row.Bic, "0.#"),
                F(row.Stability, "0.00"), row.SmallestCluster.ToString("N0", CultureInfo.InvariantCulture));
        }
        console.Write(table);
        console.WriteLine($"Recommended k = {r.Recommendation.K}.");
        foreach (var reason in r.Recommendation.Reasons) console.WriteLine("  " + reason);
        if (r.Rows > r.Options.SilhouetteSampleSize)
            console.WriteLine(FormattableString.Invariant($"note: the silhouette is estimated on a seeded sample of {r.Options.SilhouetteSampleSize:N0} rows"));
        foreach (var n in notes) console.WriteLine("note: " + n);
    }

    private static string F(double v, string format) => double.IsFinite(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "–";

    private static string Invariant(int v) => v.ToString(CultureInfo.InvariantCulture);
}
