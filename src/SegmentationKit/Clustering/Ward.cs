using System.Runtime.InteropServices;
using SegmentationKit.Errors;
using SegmentationKit.Features;

namespace SegmentationKit.Clustering;

/// <summary>Agglomerative clustering with Ward's criterion (each merge is the one that raises the
/// within-cluster sum of squares least), by the nearest-neighbour chain algorithm on centroids and
/// sizes: exact, deterministic, O(n·d) memory and O(n²·d) time — see <see cref="WardOptions.MaxRows"/>.</summary>
public sealed class Ward(WardOptions options)
{
    public WardOptions Options { get; } = options;

    public WardModel Fit(FeatureMatrix x)
    {
        if (Options.Clusters > x.Rows)
            throw new ModelException($"Ward with {Options.Clusters} clusters needs at least {Options.Clusters} rows; the data has {x.Rows}", $"ask for at most {x.Rows} clusters, or give more rows");
        var tree = BuildTree(x);
        var labels = tree.Cut(Options.Clusters);
        var diagnostics = new List<string>();
        // The first merge left undone has height 0 only when the clusters being kept apart are identical rows.
        if (Options.Clusters > 1 && tree.Heights[x.Rows - Options.Clusters] == 0)
            diagnostics.Add($"the data has fewer than {Options.Clusters} distinct rows: some clusters are identical rows split arbitrarily");
        return new WardModel(x.ColumnNames.ToArray(), Options.Clusters, tree, labels, Centroids(x, labels, Options.Clusters), tree.InertiaAt(Options.Clusters), diagnostics);
    }

    /// <summary>The whole merge tree of <paramref name="x"/> (finite values, 2 to MaxRows rows).</summary>
    public WardTree BuildTree(FeatureMatrix x) => BuildTree(x, parallel: true);

    /// <param name="parallel">Scan large active lists on several threads; the tree is identical either way.</param>
    internal WardTree BuildTree(FeatureMatrix x, bool parallel)
    {
        MatrixChecks.RequireFinite(x);
        int n = x.Rows, d = x.Columns;
        if (n < 2) throw new ModelException($"Ward clustering needs at least 2 rows; the data has {n}", "give data with at least 2 rows");
        if (n > Options.MaxRows)
            throw new ModelException($"Ward clustering is limited to {Options.MaxRows:N0} rows (its time grows with the square of the rows) and the data has {n:N0}",
                "use k-means or mini-batch k-means, cluster a sample, or raise max_rows knowingly");

        var centroids = (double[])x.Values.Clone();
        var sizes = new int[n];
        Array.Fill(sizes, 1);
        // Active cluster slots; a slot is named by one of its rows, so the slot index is a row id.
        var active = Enumerable.Range(0, n).ToList();
        var chain = new List<int>(n);
        var mergeA = new int[n - 1];
        var mergeB = new int[n - 1];
        var mergeHeight = new double[n - 1];
        var merges = 0;

        while (active.Count > 1)
        {
            if (chain.Count == 0) chain.Add(active[0]);
            var a = chain[^1];
            var previous = chain.Count >= 2 ? chain[^2] : -1;
            var ca = centroids.AsSpan(a * d, d);
            var sa = sizes[a];
            var (best, bestCost) = parallel
                ? NearestClusterParallel(a, active, centroids, sizes, d)
                : NearestCluster(a, CollectionsMarshal.AsSpan(active), centroids, sizes, d);
            // Ties go to the previous chain element, which guarantees the chain ends in a reciprocal pair.
            if (previous >= 0 && MergeCost(ca, sa, centroids.AsSpan(previous * d, d), sizes[previous]) <= bestCost) best = previous;
            if (best != previous)
            {
                chain.Add(best);
                continue;
            }
            chain.RemoveRange(chain.Count - 2, 2);
            int keep = Math.Min(a, best), drop = Math.Max(a, best);
            mergeA[merges] = keep;
            mergeB[merges] = drop;
            mergeHeight[merges] = Math.Sqrt(2 * bestCost);
            merges++;
            int sk = sizes[keep], sd = sizes[drop];
            for (var j = 0; j < d; j++)
                centroids[keep * d + j] = (sk * centroids[keep * d + j] + sd * centroids[drop * d + j]) / (sk + sd);
            sizes[keep] = sk + sd;
            // Remove 'drop' keeping 'active' sorted, so ties resolve to the lowest slot.
            active.RemoveAt(active.BinarySearch(drop));
        }
        return Relabel(n, mergeA, mergeB, mergeHeight);
    }

    /// <summary><see cref="NearestCluster"/> over blocks of the active list in parallel, the blocks'
    /// winners compared in block order: the same answer as one sequential scan, ties included.</summary>
    private static (int Best, double Cost) NearestClusterParallel(int a, List<int> active, double[] centroids, int[] sizes, int d)
    {
        const int block = 2048;
        if (active.Count <= 2 * block) return NearestCluster(a, CollectionsMarshal.AsSpan(active), centroids, sizes, d);
        var blocks = (active.Count + block - 1) / block;
        var winners = new (int Best, double Cost)[blocks];
        Parallel.For(0, blocks, t =>
        {
            var start = t * block;
            winners[t] = NearestCluster(a, CollectionsMarshal.AsSpan(active).Slice(start, Math.Min(block, active.Count - start)), centroids, sizes, d);
        });
        var result = winners[0];
        for (var t = 1; t < blocks; t++)
            if (winners[t].Cost < result.Cost) result = winners[t];
        return result;
    }

    /// <summary>The active cluster (other than <paramref name="a"/>) whose merge with it costs least;
    /// ties go to the first in <paramref name="active"/> order. This scan is Ward's whole cost.</summary>
    private static unsafe (int Best, double Cost) NearestCluster(int a, ReadOnlySpan<int> active, double[] centroids, int[] sizes, int d)
    {
        var best = -1;
        var bestCost = double.PositiveInfinity;
        double sa = sizes[a];
        fixed (double* c = centroids)
        fixed (int* act = active, sz = sizes)
        {
            var ca = c + a * d;
            for (var t = 0; t < active.Length; t++)
            {
                var b = act[t];
                if (b == a) continue;
                var cb = c + b * d;
                var s = 0.0;
                for (var j = 0; j < d; j++) { var diff = ca[j] - cb[j]; s += diff * diff; }
                double sb = sz[b];
                var cost = sa * sb / (sa + sb) * s;
                if (cost < bestCost) { bestCost = cost; best = b; }
            }
        }
        return (best, bestCost);
    }

    /// <summary>Increase of the within-cluster sum of squares if the two clusters merge: |A||B|/(|A|+|B|)·‖a − b‖².</summary>
    private static double MergeCost(ReadOnlySpan<double> a, int sizeA, ReadOnlySpan<double> b, int sizeB)
    {
        var s = 0.0;
        for (var j = 0; j < a.Length; j++) { var t = a[j] - b[j]; s += t * t; }
        return (double)sizeA * sizeB / (sizeA + sizeB) * s;
    }

    /// <summary>Sorts merges by height (stable, as SciPy) and renames clusters n, n+1, … in that order.</summary>
    private static WardTree Relabel(int n, int[] rowA, int[] rowB, double[] heights)
    {
        var order = Enumerable.Range(0, n - 1).OrderBy(m => heights[m]).ToArray(); // LINQ OrderBy is stable
        var parent = new int[2 * n - 1];
        for (var i = 0; i < parent.Length; i++) parent[i] = i;
        int Find(int v)
        {
            while (parent[v] != v) v = parent[v] = parent[parent[v]];
            return v;
        }
        var left = new int[n - 1];
        var right = new int[n - 1];
        var h = new double[n - 1];
        var counts = new int[n - 1];
        var size = new int[2 * n - 1];
        Array.Fill(size, 1);
        for (var i = 0; i < n - 1; i++)
        {
            var m = order[i];
            int ra = Find(rowA[m]), rb = Find(rowB[m]);
            left[i] = Math.Min(ra, rb);
            right[i] = Math.Max(ra, rb);
            h[i] = heights[m];
            var id = n + i;
            parent[ra] = id;
            parent[rb] = id;
            size[id] = size[ra] + size[rb];
            counts[i] = size[id];
        }
        return new WardTree(n, left, right, h, counts);
    }

    internal static double[] Centroids(FeatureMatrix x, int[] labels, int k)
    {
        var d = x.Columns;
        var sums = new double[k * d];
        var counts = new int[k];
        for (var i = 0; i < x.Rows; i++)
        {
            counts[labels[i]]++;
            for (var j = 0; j < d; j++) sums[labels[i] * d + j] += x.Values[i * d + j];
        }
        for (var c = 0; c < k; c++)
            for (var j = 0; j < d; j++) sums[c * d + j] /= Math.Max(1, counts[c]);
        return sums;
    }
}
