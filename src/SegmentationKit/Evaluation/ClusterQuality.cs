using SegmentationKit.Errors;
using SegmentationKit.Features;

namespace SegmentationKit.Evaluation;

/// <summary>Internal quality of a partition of the rows of a matrix, with scikit-learn's definitions
/// (Euclidean distances; labels may be any integers, each distinct value is one cluster).</summary>
public static class ClusterQuality
{
    /// <summary>Sum of squared distances of rows to their cluster mean (squared data units).</summary>
    public static double Inertia(FeatureMatrix x, IReadOnlyList<int> labels)
    {
        var (codes, k) = Encode(x, labels);
        var centres = Centroids(x, codes, k, out _);
        var total = 0.0;
        for (var i = 0; i < x.Rows; i++) total += SquaredDistance(x.Row(i), centres.AsSpan(codes[i] * x.Columns, x.Columns));
        return total;
    }

    /// <summary>Mean silhouette over all rows, exact (O(n²) distances): s = (b − a) / max(a, b) with a the
    /// mean distance to the own cluster's other rows and b the lowest mean distance to another cluster;
    /// 0 for a row alone in its cluster. Needs 2 ≤ clusters ≤ rows − 1. Rows are computed in parallel and
    /// added in row order, so the value does not depend on the thread count.</summary>
    public static double Silhouette(FeatureMatrix x, IReadOnlyList<int> labels)
    {
        var (codes, k) = Encode(x, labels);
        int n = x.Rows;
        if (k < 2 || k > n - 1)
            throw new ModelException($"the silhouette needs between 2 and {n - 1} clusters (rows − 1); the labels have {k}", "give labels with at least 2 clusters and fewer clusters than rows");
        var sizes = new int[k];
        foreach (var c in codes) sizes[c]++;
        var scores = new double[n];
        Parallel.For(0, n, () => new double[k], (i, _, sums) =>
        {
            Array.Clear(sums);
            var row = x.Row(i);
            for (var r = 0; r < n; r++) sums[codes[r]] += Math.Sqrt(SquaredDistance(row, x.Row(r)));
            var own = codes[i];
            if (sizes[own] == 1) { scores[i] = 0; return sums; }
            var a = sums[own] / (sizes[own] - 1);
            var b = double.PositiveInfinity;
            for (var c = 0; c < k; c++)
                if (c != own) b = Math.Min(b, sums[c] / sizes[c]);
            scores[i] = (b - a) / Math.Max(a, b);
            return sums;
        }, _ => { });
        var total = 0.0;
        foreach (var s in scores) total += double.IsNaN(s) ? 0 : s;
        return total / n;
    }

    /// <summary>Davies–Bouldin index (lower is better): mean over clusters of the largest
    /// (Sᵢ + Sⱼ) / ‖cᵢ − cⱼ‖, Sᵢ the mean distance of cluster i's rows to its centroid.</summary>
    public static double DaviesBouldin(FeatureMatrix x, IReadOnlyList<int> labels)
    {
        var (codes, k) = Encode(x, labels);
        RequireSeveral(k, x.Rows, "the Davies–Bouldin index");
        int d = x.Columns;
        var centres = Centroids(x, codes, k, out var sizes);
        var spread = new double[k];
        for (var i = 0; i < x.Rows; i++) spread[codes[i]] += Math.Sqrt(SquaredDistance(x.Row(i), centres.AsSpan(codes[i] * d, d)));
        for (var c = 0; c < k; c++) spread[c] /= sizes[c];
        if (spread.All(s => s == 0)) return 0;
        var total = 0.0;
        for (var a = 0; a < k; a++)
        {
            var worst = 0.0;
            for (var b = 0; b < k; b++)
            {
                if (a == b) continue;
                var between = Math.Sqrt(SquaredDistance(centres.AsSpan(a * d, d), centres.AsSpan(b * d, d)));
                if (between == 0) continue; // scikit-learn treats coinciding centroids as infinitely far
                worst = Math.Max(worst, (spread[a] + spread[b]) / between);
            }
            total += worst;
        }
        return total / k;
    }

    /// <summary>Calinski–Harabasz index (higher is better): between-cluster over within-cluster
    /// dispersion, × (n − k) / (k − 1); 1 when every cluster is a single repeated point.</summary>
    public static double CalinskiHarabasz(FeatureMatrix x, IReadOnlyList<int> labels)
    {
        var (codes, k) = Encode(x, labels);
        RequireSeveral(k, x.Rows, "the Calinski–Harabasz index");
        int n = x.Rows, d = x.Columns;
        var centres = Centroids(x, codes, k, out var sizes);
        var mean = new double[d];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < d; j++) mean[j] += x[i, j];
        for (var j = 0; j < d; j++) mean[j] /= n;
        var between = 0.0;
        for (var c = 0; c < k; c++) between += sizes[c] * SquaredDistance(centres.AsSpan(c * d, d), mean);
        var within = 0.0;
        for (var i = 0; i < n; i++) within += SquaredDistance(x.Row(i), centres.AsSpan(codes[i] * d, d));
        return within == 0 ? 1.0 : between * (n - k) / (within * (k - 1));
    }

    private static void RequireSeveral(int k, int n, string what)
    {
        if (k < 2 || k > n - 1)
            throw new ModelException($"{what} needs between 2 and {n - 1} clusters (rows − 1); the labels have {k}", "give labels with at least 2 clusters and fewer clusters than rows");
    }

    private static (int[] Codes, int Clusters) Encode(FeatureMatrix x, IReadOnlyList<int> labels)
    {
        if (labels.Count != x.Rows)
            throw new ModelException($"there are {labels.Count} labels for {x.Rows} rows", "give one label per row");
        var distinct = labels.Distinct().Order().ToArray();
        var index = new Dictionary<int, int>();
        for (var c = 0; c < distinct.Length; c++) index[distinct[c]] = c;
        return (labels.Select(l => index[l]).ToArray(), distinct.Length);
    }

    private static double[] Centroids(FeatureMatrix x, int[] codes, int k, out int[] sizes)
    {
        int d = x.Columns;
        var centres = new double[k * d];
        sizes = new int[k];
        for (var i = 0; i < x.Rows; i++)
        {
            sizes[codes[i]]++;
            var row = x.Row(i);
            for (var j = 0; j < d; j++) centres[codes[i] * d + j] += row[j];
        }
        for (var c = 0; c < k; c++)
            for (var j = 0; j < d; j++) centres[c * d + j] /= sizes[c];
        return centres;
    }

    private static double SquaredDistance(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var s = 0.0;
        for (var j = 0; j < a.Length; j++) { var t = a[j] - b[j]; s += t * t; }
        return s;
    }
}
