namespace SegmentationKit.Sql;

/// <summary>The index of the smallest (or largest) of k values as a CASE expression, ties to the
/// lower index, as the kit's loops keep the first best: branch c is reached only when some value
/// is strictly better than every earlier one, so "c ≤ every later one" picks the first minimum.</summary>
internal static class ArgExtreme
{
    /// <param name="comparison">"&lt;=" for the minimum, "&gt;=" for the maximum.</param>
    public static string Choose(int k, Func<int, string> value, string comparison, Func<int, string> result)
    {
        if (k == 1) return result(0);
        var whens = Enumerable.Range(0, k - 1).Select(c =>
            $"WHEN {string.Join(" AND ", Enumerable.Range(c + 1, k - c - 1).Select(j => $"{value(c)} {comparison} {value(j)}"))} THEN {result(c)}");
        return $"CASE {string.Join(" ", whens)} ELSE {result(k - 1)} END";
    }
}
