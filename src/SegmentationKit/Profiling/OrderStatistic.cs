namespace SegmentationKit.Profiling;

/// <summary>The k-th smallest value of an array without sorting it all (Hoare's selection with a
/// median-of-three pivot; a full sort takes over if partitions stay unbalanced, so the worst case is
/// n log n). Used for medians of large segments, where a sort per KPI was the profile's cost.</summary>
internal static class OrderStatistic
{
    /// <summary>Rearranges <paramref name="values"/> (no NaN) so that the value at
    /// <paramref name="k"/> is the one a sort would put there, every value before it is no larger and
    /// every value after it no smaller; returns that value.</summary>
    public static double Select(double[] values, int k)
    {
        if ((uint)k >= (uint)values.Length) throw new ArgumentOutOfRangeException(nameof(k));
        int left = 0, right = values.Length - 1;
        var budget = 2 * (int)Math.Log2(values.Length) + 8;
        while (right > left)
        {
            if (budget-- == 0)
            {
                Array.Sort(values, left, right - left + 1);
                return values[k];
            }
            var pivot = MedianOfThree(values[left], values[left + (right - left) / 2], values[right]);
            int i = left, j = right;
            while (i <= j)
            {
                while (values[i] < pivot) i++;
                while (values[j] > pivot) j--;
                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }
            // Now [left, j] <= pivot <= [i, right], and anything between j and i equals the pivot.
            if (k <= j) right = j;
            else if (k >= i) left = i;
            else return values[k];
        }
        return values[k];
    }

    private static double MedianOfThree(double a, double b, double c) =>
        a < b ? (b < c ? b : Math.Max(a, c)) : (a < c ? a : Math.Max(b, c));
}
