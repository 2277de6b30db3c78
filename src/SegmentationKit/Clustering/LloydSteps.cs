using System.Runtime.Intrinsics;
using SegmentationKit.Features;

namespace SegmentationKit.Clustering;

/// <summary>The k-means building blocks: nearest-centre assignment, per-chunk sums and their
/// combination in chunk order (so results do not depend on the thread count).</summary>
internal static class LloydSteps
{
    /// <summary>Nearest centre (ties to the lower cluster) and its squared distance for rows start..end-1.</summary>
    /// <remarks>With 256-bit vectors, four centres are measured at once from a column-major copy of the
    /// centres: lane c accumulates (x_j − centre_c,j)² over j in the same order as the scalar loop, with
    /// a separate multiply and add, so both paths give the same bits on every machine.</remarks>
    public static void Assign(FeatureMatrix x, double[] centres, int k, int[] labels, double[] distances, int start, int end)
    {
        if (Vector256.IsHardwareAccelerated && k >= 4)
        {
            AssignFourCentresAtOnce(x, centres, k, labels, distances, start, end);
            return;
        }
        int d = x.Columns;
        var values = x.Values;
        for (var i = start; i < end; i++)
        {
            var row = values.AsSpan(i * d, d);
            var best = 0;
            var bestDistance = double.PositiveInfinity;
            for (var c = 0; c < k; c++)
            {
                var dist = SquaredDistance(row, centres.AsSpan(c * d, d));
                if (dist < bestDistance) { bestDistance = dist; best = c; }
            }
            labels[i] = best;
            distances[i] = bestDistance;
        }
    }

    private static void AssignFourCentresAtOnce(FeatureMatrix x, double[] centres, int k, int[] labels, double[] distances, int start, int end)
    {
        int d = x.Columns;
        var blocks = (k + 3) / 4;
        var width = blocks * 4;
        // transposed[j * width + c] = centre c's coordinate j; padding centres sit at 1e300, whose squared
        // distance overflows to +∞ and is never the nearest.
        var transposed = new double[d * width];
        for (var j = 0; j < d; j++)
            for (var c = 0; c < width; c++)
                transposed[j * width + c] = c < k ? centres[c * d + j] : 1e300;
        var values = x.Values;
        Span<double> lane = stackalloc double[4];
        for (var i = start; i < end; i++)
        {
            var row = values.AsSpan(i * d, d);
            var best = 0;
            var bestDistance = double.PositiveInfinity;
            for (var b = 0; b < blocks; b++)
            {
                var acc = Vector256<double>.Zero;
                for (var j = 0; j < d; j++)
                {
                    var t = Vector256.Create(row[j]) - Vector256.Create(transposed.AsSpan(j * width + b * 4, 4));
                    acc = acc + t * t;
                }
                acc.CopyTo(lane);
                for (var l = 0; l < 4; l++)
                {
                    var dist = lane[l];
                    if (dist < bestDistance) { bestDistance = dist; best = b * 4 + l; }
                }
            }
            labels[i] = best;
            distances[i] = bestDistance;
        }
    }

    public static double SquaredDistance(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var s = 0.0;
        for (var j = 0; j < a.Length; j++) { var t = a[j] - b[j]; s += t * t; }
        return s;
    }

    /// <summary>Sum over rows of <paramref name="chunkSum"/>(start, end), computed per fixed chunk in
    /// parallel and added in chunk order.</summary>
    public static double SumOverChunks(int rows, ParallelOptions parallel, Func<int, int, double> chunkSum) =>
        Numerics.BlockSums.Sum(rows, RowChunks.Size, chunkSum, parallel);
}
