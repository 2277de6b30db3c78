using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using SegmentationKit.Cli.Infrastructure;
using SegmentationKit.Cli.NumericClustering;
using SegmentationKit.Errors;
using SegmentationKit.Features;
using SegmentationKit.IO;
using Spectre.Console;

namespace SegmentationKit.Cli.Commands;

/// <summary><c>segkit cluster --data X.csv --k K [...] --out DIR</c>: clusters any numeric CSV and
/// writes <c>labels.csv</c> (row from 0, label), <c>centers.csv</c> (cluster centres in the data's
/// original units, one column per feature), <c>metrics.json</c> and <c>manifest.json</c>, all or nothing.</summary>
public sealed class ClusterCommand : ICliCommand
{
    /// <summary>The options of this command that set what an options record calls by another name.</summary>
    private static readonly Dictionary<string, string> OptionNames = new(StringComparer.Ordinal) { ["clusters"] = "--k", ["components"] = "--k", ["restarts"] = "--restarts", ["max_iterations"] = "--max-iter", ["tolerance"] = "--tol" };

    public const string LabelsFile = "labels.csv";
    public const string CentersFile = "centers.csv";
    public const string MetricsFile = "metrics.json";
    public const string ManifestFile = "manifest.json";

    public Command Build()
    {
        var data = new NumericDataOptions();
        var k = new Option<int>("--k") { Description = "Number of clusters", Required = true };
        var algorithm = new Option<string>("--algorithm")
        {
            Description = ClusterAlgorithms.Help,
            DefaultValueFactory = _ => "lloyd",
        };
        algorithm.AcceptOnlyFromAmong([.. ClusterAlgorithms.Names]);
        var restarts = new Option<int?>("--restarts") { Description = "Independent starts, the best kept (default: lloyd 10, gmm 1, kprototypes 10)" };
        var maxIter = new Option<int?>("--max-iter") { Description = "Most iterations per start (default: lloyd 300, gmm 100, kprototypes 100)" };
        var tol = new Option<double?>("--tol")
        {
            Description = "Convergence tolerance (lloyd: on the centre shift relative to the mean column variance, default 1e-4; gmm: on the mean log-likelihood, default 1e-3)",
        };
        var seed = new Option<int>("--seed") { Description = "Seed of every random choice (and of the silhouette's sample above 20,000 rows); same data and seed give the same output", DefaultValueFactory = _ => 0 };
        var scale = new Option<string>("--scale")
        {
            Description = "Scale columns before clustering: none, standard ((x − mean) / sd) or robust ((x − median) / IQR)",
            DefaultValueFactory = _ => "none",
        };
        scale.AcceptOnlyFromAmong("none", "standard", "robust");
        var categorical = new Option<string?>("--categorical")
        {
            Description = "kprototypes only: numeric-coded columns to treat as categories, comma-separated (e.g. Channel,Region)",
        };
        var outDir = new Option<DirectoryInfo>("--out") { Description = "Folder to write labels.csv, centers.csv, metrics.json and manifest.json to", Required = true };

        var command = new Command("cluster", "Cluster any numeric CSV: labels, centres and quality metrics (for teaching and comparisons with other tools)");
        data.AddTo(command);
        foreach (var o in new Option[] { k, algorithm, restarts, maxIter, tol, seed, scale, categorical, outDir }) command.Options.Add(o);
        command.SetAction(parseResult => CliAction.Run(parseResult, () =>
        {
            var clusters = parseResult.GetValue(k);
            var name = parseResult.GetValue(algorithm)!;
            var scaling = parseResult.GetValue(scale)!;
            var categoricalNames = NumericDataOptions.SplitList(parseResult.GetValue(categorical));
            var request = Validate(clusters, parseResult.GetValue(restarts), parseResult.GetValue(maxIter), parseResult.GetValue(tol));

            var clock = Stopwatch.StartNew();
            var matrix = data.Load(parseResult);
            var readSeconds = clock.Elapsed.TotalSeconds;
            var (numeric, categories) = SplitCategorical(matrix, categoricalNames);
            var scaler = ColumnScaler.Fit(numeric, ParseScale(scaling));
            var scaled = scaler.Method == ScalingMethod.None ? numeric : scaler.Transform(numeric);

            clock.Restart();
            var fit = ClusterAlgorithms.Fit(name, request with { Numeric = scaled, Categorical = categories, Seed = parseResult.GetValue(seed) });
            var fitSeconds = clock.Elapsed.TotalSeconds;
            clock.Restart();
            var quality = QualityMetrics.Compute(scaled, fit.Labels, parseResult.GetValue(seed));
            var metricsSeconds = clock.Elapsed.TotalSeconds;

            var sizes = new int[clusters];
            foreach (var label in fit.Labels) sizes[label]++;
            var notes = scaler.Diagnostics.Concat(fit.Notes).ToList();
            if (categories is not null)
                notes.Add("the silhouette, Davies–Bouldin, Calinski–Harabasz and inertia use the numeric columns only (Euclidean distance)");
            var metrics = new ClusterMetricsFile(name, clusters, matrix.Rows, numeric.ColumnNames, categories?.ColumnNames, scaling, parseResult.GetValue(seed),
                fit.Inertia ?? quality.Inertia, fit.Iterations, fit.Converged, quality.Silhouette, quality.SilhouetteRows, quality.SilhouetteNote, quality.DaviesBouldin,
                quality.CalinskiHarabasz, fit.Bic, fitSeconds, readSeconds, metricsSeconds, sizes, notes);

            var dataPath = data.DataPath(parseResult);
            using var output = new OutputFolder(parseResult.GetValue(outDir)!.FullName, [Path.GetFullPath(dataPath)], typed: parseResult.GetValue(outDir)!.ToString(), command: "cluster");
            LabelsCsv.Write(output.PathFor(LabelsFile), fit.Labels);
            output.WriteAllText(CentersFile, CentersCsv(fit, scaler, categories, clusters));
            output.WriteAllText(MetricsFile, JsonSerializer.Serialize(metrics, SegmentationJson.Options));
            var parameters = new Dictionary<string, string>
            {
                ["algorithm"] = name,
                ["k"] = Invariant(clusters),
                ["scale"] = scaling,
                ["seed"] = Invariant(parseResult.GetValue(seed)),
                ["exclude"] = string.Join(",", data.ExcludedColumns(parseResult)),
                ["dialect"] = parseResult.GetValue(data.Dialect)!,
            };
            if (request.Restarts is { } r) parameters["restarts"] = Invariant(r);
            if (request.MaxIterations is { } m) parameters["max_iter"] = Invariant(m);
            if (request.Tolerance is { } t) parameters["tol"] = t.ToString("R", CultureInfo.InvariantCulture);
            if (categoricalNames.Count > 0) parameters["categorical"] = string.Join(",", categoricalNames);
            output.WriteAllText(ManifestFile, new RunManifest("cluster", [RunManifest.Input(dataPath, data.LoadedEncoding)], parameters, null, KitInfo.Version,
                [LabelsFile, CentersFile, MetricsFile, ManifestFile]).ToJson());
            output.Commit();
            Print(metrics, output.Destination);
            return 0;
        }, OptionNames));
        return command;
    }

    /// <summary>Checks the numbers the user typed, naming the option (the library would name its own property).</summary>
    private static ClusterRequest Validate(int k, int? restarts, int? maxIter, double? tol)
    {
        if (k < 1) throw new ConfigurationException(null, "--k", $"must be at least 1; got {k}", "give the number of clusters, e.g. --k 5");
        if (restarts is < 1) throw new ConfigurationException(null, "--restarts", $"must be at least 1; got {restarts}", "give 1 or more, or leave --restarts out");
        if (maxIter is < 1) throw new ConfigurationException(null, "--max-iter", $"must be at least 1; got {maxIter}", "give 1 or more, or leave --max-iter out");
        if (tol is { } t && (!double.IsFinite(t) || t < 0))
            throw new ConfigurationException(null, "--tol", $"must be a finite number ≥ 0; got {t.ToString(CultureInfo.InvariantCulture)}", "give e.g. --tol 1e-4, or leave --tol out");
        return new ClusterRequest(new FeatureMatrix([], 0, 0), null, k, restarts, maxIter, tol, 0);
    }

    /// <summary>Takes the --categorical columns out of the matrix as categories (their values written as text).</summary>
    private static (FeatureMatrix Numeric, CategoricalMatrix? Categorical) SplitCategorical(FeatureMatrix matrix, IReadOnlyList<string> names)
    {
        if (names.Count == 0) return (matrix, null);
        var indices = names.Select(n =>
        {
            var j = matrix.ColumnNames.ToList().IndexOf(n);
            return j >= 0 ? j : throw new ConfigurationException(null, "--categorical", $"'{n}' is not a column of the data (after --exclude)",
                $"name columns as the header writes them: {string.Join(", ", matrix.ColumnNames)}");
        }).Distinct().ToArray();
        var keep = Enumerable.Range(0, matrix.Columns).Where(j => !indices.Contains(j)).ToArray();
        var values = new double[matrix.Rows * keep.Length];
        var rows = new string[matrix.Rows][];
        for (var i = 0; i < matrix.Rows; i++)
        {
            for (var j = 0; j < keep.Length; j++) values[i * keep.Length + j] = matrix[i, keep[j]];
            rows[i] = indices.Select(j => matrix[i, j].ToString("R", CultureInfo.InvariantCulture)).ToArray();
        }
        return (new FeatureMatrix(values, matrix.Rows, keep.Length, keep.Select(j => matrix.ColumnNames[j]).ToArray()),
            CategoricalMatrix.FromRows(rows, indices.Select(j => matrix.ColumnNames[j]).ToArray()));
    }

    /// <summary>centers.csv: <c>cluster</c> then one column per feature, in the data's original units
    /// (the scaling undone), so a centre reads like a row of the input; categorical modes as written.
    /// 15 significant digits: undoing the scaling leaves noise in the 16th and 17th (238.99999999999955
    /// for 239), which would only make the file harder to read.</summary>
    internal static string CentersCsv(ClusterFit fit, ColumnScaler scaler, CategoricalMatrix? categories, int k) => SpreadsheetCsvWriter.ToText(csv =>
    {
        csv.Header(["cluster", .. scaler.ColumnNames, .. categories?.ColumnNames ?? []]);
        int d = scaler.ColumnNames.Count, m = categories?.Columns ?? 0;
        for (var c = 0; c < k; c++)
        {
            csv.Integer(c);
            for (var j = 0; j < d; j++) csv.Number(fit.Centers[c * d + j] * scaler.Scales[j] + scaler.Centers[j], "G15");
            for (var j = 0; j < m; j++) csv.Text(fit.CategoricalCenters![c * m + j]);
            csv.EndRow();
        }
    });

    internal static ScalingMethod ParseScale(string value) => value switch
    {
        "standard" => ScalingMethod.Standard,
        "robust" => ScalingMethod.Robust,
        _ => ScalingMethod.None,
    };

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Print(ClusterMetricsFile m, string destination)
    {
        var console = CliConsole.Out;
        console.WriteLine(FormattableString.Invariant($"{m.Algorithm}, k = {m.K}, {m.Rows:N0} rows × {m.Columns.Count + (m.CategoricalColumns?.Count ?? 0)} columns, scaling: {m.Scale}"));
        var table = new Table()
            .AddColumn("cluster").AddColumn(new TableColumn("rows").RightAligned()).AddColumn(new TableColumn("share").RightAligned());
        for (var c = 0; c < m.ClusterSizes.Count; c++)
            table.AddRow(Invariant(c), FormattableString.Invariant($"{m.ClusterSizes[c]:N0}"), FormattableString.Invariant($"{(double)m.ClusterSizes[c] / m.Rows:P1}"));
        console.Write(table);
        string F(double? v) => v is { } x ? x.ToString("0.####", CultureInfo.InvariantCulture) : "–";
        console.WriteLine(FormattableString.Invariant(
            $"inertia {F(m.Inertia)}, silhouette {F(m.Silhouette)}, Davies–Bouldin {F(m.DaviesBouldin)}, Calinski–Harabasz {F(m.CalinskiHarabasz)}") +
            (m.Bic is { } bic ? $", BIC {F(bic)}" : "") +
            (m.Iterations is { } it ? $", {it} iterations" + (m.Converged == true ? "" : " (not converged)") : "") +
            FormattableString.Invariant($"; fit {m.Seconds:0.###} s"));
        if (m.SilhouetteNote is { } note) console.WriteLine("silhouette " + note);
        foreach (var n in m.Notes) console.WriteLine("note: " + n);
        console.WriteLine($"Wrote {Path.Combine(destination, LabelsFile)}, {CentersFile}, {MetricsFile}, {ManifestFile}");
    }
}
