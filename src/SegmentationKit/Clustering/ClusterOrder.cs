namespace SegmentationKit.Clustering;

/// <summary>Renumbers clusters in the order their first row appears, so that results read the same
/// whichever random start produced them. Clusters no row belongs to come last, in their old order.</summary>
internal static class ClusterOrder
{
    /// <summary>newIndex[old] for every old cluster index.</summary>
    public static int[] ByFirstRow(IReadOnlyList<int> labels, int k)
    {
        var newIndex = Enumerable.Repeat(-1, k).ToArray();
        var next = 0;
        foreach (var l in labels)
            if (newIndex[l] < 0) newIndex[l] = next++;
        for (var c = 0; c < k; c++)
            if (newIndex[c] < 0) newIndex[c] = next++;
        return newIndex;
    }

    /// <summary>Blocks of <paramref name="blockSize"/> values moved to their new cluster positions.</summary>
    public static T[] Permute<T>(T[] blocks, int[] newIndex, int blockSize)
    {
        var result = new T[blocks.Length];
        for (var c = 0; c < newIndex.Length; c++)
            Array.Copy(blocks, c * blockSize, result, newIndex[c] * blockSize, blockSize);
        return result;
    }

    public static int[] Relabel(int[] labels, int[] newIndex) => labels.Select(l => newIndex[l]).ToArray();
}
