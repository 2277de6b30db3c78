using SegmentationKit.Errors;

namespace SegmentationKit.Clustering;

/// <summary>The full merge tree of an agglomerative Ward clustering, in SciPy's linkage convention:
/// merge i joins clusters <see cref="Left"/>[i] and <see cref="Right"/>[i] (ids below n are rows,
/// id n + j is the cluster made by merge j) at height <see cref="Heights"/>[i] into a cluster of
/// <see cref="Counts"/>[i] rows. Merges are in increasing height; the smaller id is on the left.
/// Heights are Ward distances as SciPy and scikit-learn define them:
/// √(2·|A|·|B| / (|A| + |B|)) · ‖centroid A − centroid B‖, so a merge raises the within-cluster sum
/// of squares by height² / 2. Enough to draw a dendrogram.</summary>
public sealed record WardTree(int RowCount, int[] Left, int[] Right, double[] Heights, int[] Counts)
{
    public int MergeCount => Left.Length;

    /// <summary>Labels 0 … k−1 of every row when the tree is cut into <paramref name="clusters"/> clusters
    /// (the last k − 1 merges undone). Labels are numbered in order of each cluster's first row.</summary>
    public int[] Cut(int clusters)
    {
        if (clusters < 1 || clusters > RowCount)
            throw new ModelException($"a tree of {RowCount} rows can be cut into 1 to {RowCount} clusters; asked for {clusters}", $"ask for 1 to {RowCount} clusters");
        var parent = new int[2 * RowCount - 1];
        for (var i = 0; i < parent.Length; i++) parent[i] = i;
        for (var m = 0; m < RowCount - clusters; m++)
        {
            parent[Left[m]] = RowCount + m;
            parent[Right[m]] = RowCount + m;
        }
        var labels = new int[RowCount];
        var labelOfRoot = new Dictionary<int, int>();
        for (var i = 0; i < RowCount; i++)
        {
            var root = i;
            while (parent[root] != root) root = parent[root];
            if (!labelOfRoot.TryGetValue(root, out var label)) labelOfRoot[root] = label = labelOfRoot.Count;
            labels[i] = label;
        }
        return labels;
    }

    /// <summary>Within-cluster sum of squares of the cut into <paramref name="clusters"/> clusters:
    /// the sum of height² / 2 over the merges performed.</summary>
    public double InertiaAt(int clusters)
    {
        var s = 0.0;
        for (var m = 0; m < RowCount - clusters; m++) s += Heights[m] * Heights[m] / 2;
        return s;
    }
}
