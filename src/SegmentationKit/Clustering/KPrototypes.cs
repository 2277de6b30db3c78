using SegmentationKit.Errors;
using SegmentationKit.Features;

namespace SegmentationKit.Clustering;

/// <summary>k-prototypes (Huang 1998): clusters rows described by numeric and categorical columns.
/// The cost of a row against a prototype is the squared Euclidean distance on the numeric columns
/// plus γ times the number of categorical columns where they differ. Prototypes are the numeric means
/// and the categorical modes (ties to the first level). Starts from k distinct random rows (seeded)
/// and alternates assignment and prototype updates (the batch form of Huang's algorithm) until no
/// row changes cluster; each step can only lower the cost. Deterministic for a seed.</summary>
public sealed class KPrototypes(KPrototypesOptions options)
{
    public KPrototypesOptions Options { get; } = options;

    /// <param name="numeric">Numeric columns, already scaled as wanted (k-prototypes does not scale).</param>
    /// <param name="categorical">Categorical columns of the same rows.</param>
    public KPrototypesModel Fit(FeatureMatrix numeric, CategoricalMatrix categorical)
    {
        MatrixChecks.RequireFinite(numeric);
        if (numeric.Rows != categorical.Rows)
            throw new ModelException($"the numeric part has {numeric.Rows} rows but the categorical part has {categorical.Rows}", "give both parts the same rows, in the same order");
        int n = numeric.Rows, k = Options.Clusters, p = numeric.Columns, m = categorical.Columns;
        if (p + m == 0) throw new ModelException("k-prototypes needs at least one numeric or categorical column", "keep at least one column");
        if (n < 2) throw new ModelException($"k-prototypes needs at least 2 rows; the data has {n}", "give data with at least 2 rows");
        var distinct = DistinctRows(numeric, categorical);
        if (distinct.Count < k)
            throw new ModelException($"k-prototypes with {k} clusters needs at least {k} distinct rows; the data has only {distinct.Count}", $"ask for at most {distinct.Count} clusters");
        var gamma = Options.Gamma ?? DefaultGamma(numeric);

        var random = new Random(Options.Seed);
        KPrototypesModel? best = null;
        for (var r = 0; r < Options.Restarts; r++)
        {
            var seeds = distinct.OrderBy(_ => random.Next()).Take(k).ToArray();
            var fit = Run(numeric, categorical, gamma, seeds);
            if (best is null || fit.Cost < best.Cost) best = fit;
        }
        return best!;
    }

    /// <summary>Half the mean population standard deviation of the numeric columns (0 without any).</summary>
    public static double DefaultGamma(FeatureMatrix numeric)
    {
        if (numeric.Columns == 0 || numeric.Rows == 0) return 0;
        var scaler = ColumnScaler.Fit(numeric, ScalingMethod.Standard);
        var sds = scaler.Scales.Select((s, j) => scaler.ZeroSpreadColumns.Contains(numeric.ColumnNames[j]) ? 0 : s);
        return 0.5 * sds.Average();
    }

    private KPrototypesModel Run(FeatureMatrix numeric, CategoricalMatrix categorical, double gamma, int[] seeds)
    {
        int n = numeric.Rows, k = seeds.Length, p = numeric.Columns, m = categorical.Columns;
        var means = new double[k * p];
        var modes = new int[k * m];
        for (var c = 0; c < k; c++)
        {
            numeric.Row(seeds[c]).CopyTo(means.AsSpan(c * p, p));
            categorical.Row(seeds[c]).CopyTo(modes.AsSpan(c * m, m));
        }
        var labels = new int[n];
        Array.Fill(labels, -1);
        var iterations = 0;
        var converged = false;
        var emptied = new SortedSet<int>();
        double cost = 0;
        for (var iteration = 1; iteration <= Options.MaxIterations; iteration++)
        {
            iterations = iteration;
            var changed = 0;
            cost = 0;
            for (var i = 0; i < n; i++)
            {
                var (label, c) = KPrototypesModel.Nearest(numeric.Row(i), categorical.Row(i), means, modes, k, gamma);
                cost += c;
                if (label != labels[i]) { labels[i] = label; changed++; }
            }
            if (changed == 0) { converged = true; break; }
            UpdatePrototypes(numeric, categorical, labels, means, modes, k, emptied);
        }
        var diagnostics = new List<string>();
        if (!converged) diagnostics.Add($"k-prototypes did not settle in {Options.MaxIterations} iterations; raise max_iterations");
        foreach (var c in emptied) diagnostics.Add($"a cluster (start {c + 1}) lost all its rows during the fit and kept its previous prototype");
        var levels = Enumerable.Range(0, m).Select(j => categorical.Levels[j]).ToArray();
        var order = ClusterOrder.ByFirstRow(labels, k);
        var modeNames = Enumerable.Range(0, k * m).Select(t => levels[t % m][modes[t]]).ToArray();
        return new KPrototypesModel(numeric.ColumnNames.ToArray(), categorical.ColumnNames.ToArray(), levels, gamma,
            ClusterOrder.Permute(means, order, p), ClusterOrder.Permute(modeNames, order, m), cost, iterations, converged,
            ClusterOrder.Relabel(labels, order), diagnostics);
    }

    private static void UpdatePrototypes(FeatureMatrix numeric, CategoricalMatrix categorical, int[] labels, double[] means, int[] modes, int k, ISet<int> emptied)
    {
        int p = numeric.Columns, m = categorical.Columns;
        var sums = new double[k * p];
        var sizes = new int[k];
        var counts = Enumerable.Range(0, k * m).Select(t => new int[categorical.Levels[t % m].Count]).ToArray();
        for (var i = 0; i < labels.Length; i++)
        {
            var c = labels[i];
            sizes[c]++;
            var row = numeric.Row(i);
            for (var j = 0; j < p; j++) sums[c * p + j] += row[j];
            var cats = categorical.Row(i);
            for (var j = 0; j < m; j++) counts[c * m + j][cats[j]]++;
        }
        for (var c = 0; c < k; c++)
        {
            if (sizes[c] == 0) { emptied.Add(c); continue; }
            for (var j = 0; j < p; j++) means[c * p + j] = sums[c * p + j] / sizes[c];
            for (var j = 0; j < m; j++)
            {
                var levelCounts = counts[c * m + j];
                var mode = 0;
                for (var l = 1; l < levelCounts.Length; l++) if (levelCounts[l] > levelCounts[mode]) mode = l;
                modes[c * m + j] = mode;
            }
        }
    }

    /// <summary>Index of the first row of each distinct (numeric, categorical) combination, in row order.</summary>
    private static List<int> DistinctRows(FeatureMatrix numeric, CategoricalMatrix categorical)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var firsts = new List<int>();
        for (var i = 0; i < numeric.Rows; i++)
        {
            var key = string.Join("|", numeric.Row(i).ToArray().Select(v => BitConverter.DoubleToInt64Bits(v)))
                      + "#" + string.Join("|", categorical.Row(i).ToArray());
            if (seen.Add(key)) firsts.Add(i);
        }
        return firsts;
    }
}
