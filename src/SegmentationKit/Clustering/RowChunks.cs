namespace SegmentationKit.Clustering;

/// <summary>Fixed row blocks for parallel loops. Partial sums are kept per block and added in block
/// order, so results are bit-identical whatever the number of threads.</summary>
internal static class RowChunks
{
    public const int Size = 2048;

    public static int Count(int rows) => (rows + Size - 1) / Size;

    public static (int Start, int End) Range(int chunk, int rows) => (chunk * Size, Math.Min(rows, (chunk + 1) * Size));
}
