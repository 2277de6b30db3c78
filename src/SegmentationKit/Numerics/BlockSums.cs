namespace SegmentationKit.Numerics;

/// <summary>Sums over many items computed in parallel, deterministically: the items are cut into
/// fixed blocks, each block is summed on its own (in item order) and the block sums are added in
/// block order. The result depends on the block size only, never on the number of threads, so the
/// same data give the same bits on any machine.</summary>
internal static class BlockSums
{
    /// <summary>Σ of <paramref name="blockSum"/>(start, end) over the blocks of <paramref name="count"/> items.</summary>
    public static double Sum(int count, int blockSize, Func<int, int, double> blockSum, ParallelOptions? parallel = null)
    {
        var blocks = BlockCount(count, blockSize);
        var partial = new double[blocks];
        Parallel.For(0, blocks, parallel ?? Unbounded, b =>
        {
            var (start, end) = Block(b, count, blockSize);
            partial[b] = blockSum(start, end);
        });
        var total = 0.0;
        foreach (var p in partial) total += p;
        return total;
    }

    /// <summary>Element-wise Σ of <paramref name="width"/> sums: <paramref name="blockSums"/>(start,
    /// end, into) adds its block's sums into <c>into</c> (zeroed for it); blocks combined in order.</summary>
    public static double[] Sums(int count, int blockSize, int width, BlockVectorSum blockSums, ParallelOptions? parallel = null)
    {
        var blocks = BlockCount(count, blockSize);
        var partial = new double[blocks * width];
        Parallel.For(0, blocks, parallel ?? Unbounded, b =>
        {
            var (start, end) = Block(b, count, blockSize);
            blockSums(start, end, partial.AsSpan(b * width, width));
        });
        var total = new double[width];
        for (var b = 0; b < blocks; b++)
            for (var j = 0; j < width; j++) total[j] += partial[b * width + j];
        return total;
    }

    /// <summary>Runs <paramref name="body"/>(start, end) over the blocks in parallel, for loops whose
    /// results land in per-item slots (so any split gives the same bits).</summary>
    public static void ForEachBlock(int count, int blockSize, Action<int, int> body, ParallelOptions? parallel = null) =>
        Parallel.For(0, BlockCount(count, blockSize), parallel ?? Unbounded, b =>
        {
            var (start, end) = Block(b, count, blockSize);
            body(start, end);
        });

    public delegate void BlockVectorSum(int start, int end, Span<double> into);

    public static int BlockCount(int count, int blockSize) => (count + blockSize - 1) / blockSize;

    public static (int Start, int End) Block(int block, int count, int blockSize) =>
        (block * blockSize, Math.Min(count, (block + 1) * blockSize));

    private static readonly ParallelOptions Unbounded = new();
}
