using System.Numerics;

namespace SegmentationKit.Data;

/// <summary>Medians without sorting: a summary of ten million amounts needs the middle value, not the
/// order of all of them.</summary>
internal static class OrderStatistics
{
    /// <summary>Moves the k-th smallest value (0-based) to <c>values[k]</c>, with smaller or equal
    /// values before it and larger or equal after, and returns it. Quickselect with a
    /// median-of-three pivot; falls back to a sort after 2·log2(n) rounds, so it stays O(n log n)
    /// on adversarial input.</summary>
    public static T Select<T>(Span<T> values, int k) where T : struct, IComparisonOperators<T, T, bool>
    {
        int lo = 0, hi = values.Length - 1;
        var rounds = 2 * BitOperations.Log2((uint)Math.Max(values.Length, 1)) + 4;
        while (hi > lo)
        {
            if (rounds-- == 0)
            {
                values[lo..(hi + 1)].Sort();
                return values[k];
            }
            var pivot = MedianOfThree(values[lo], values[lo + (hi - lo) / 2], values[hi]);
            int i = lo, j = hi;
            while (i <= j)
            {
                while (values[i] < pivot) i++;
                while (values[j] > pivot) j--;
                if (i > j) break;
                (values[i], values[j]) = (values[j], values[i]);
                i++;
                j--;
            }
            if (k <= j) hi = j;
            else if (k >= i) lo = i;
            else return values[k];
        }
        return values[k];
    }

    /// <summary>The median of values with no NaN: the middle one, or the mean of the two middle ones
    /// for an even count. Reorders <paramref name="values"/>.</summary>
    public static double Median(Span<double> values)
    {
        var n = values.Length;
        var upper = Select(values, n / 2);
        if (n % 2 == 1) return upper;
        var lower = values[0];
        foreach (var v in values[..(n / 2)]) if (v > lower) lower = v;
        return (lower + upper) / 2;
    }

    private static T MedianOfThree<T>(T a, T b, T c) where T : IComparisonOperators<T, T, bool> =>
        a < b ? (b < c ? b : a < c ? c : a) : (a < c ? a : b < c ? c : b);
}
