using System.Globalization;
using SegmentationKit.Errors;
using SegmentationKit.Features;

namespace SegmentationKit.Clustering;

/// <summary>Input checks shared by the clustering algorithms.</summary>
internal static class MatrixChecks
{
    /// <summary>Every value finite, else an error naming the row (1-based data row, header is line 1) and column.</summary>
    public static void RequireFinite(FeatureMatrix x, string source = "data")
    {
        var v = x.Values;
        for (var i = 0; i < v.Length; i++)
            if (!double.IsFinite(v[i]))
            {
                var row = i / x.Columns;
                throw new DataValidationException(source, row + 2, x.ColumnNames[i % x.Columns], v[i].ToString(CultureInfo.InvariantCulture),
                    double.IsNaN(v[i]) ? $"missing value in row {row + 1}" : $"infinite value in row {row + 1}",
                    "fill in or remove the row, or impute missing values in preprocessing");
            }
    }

    /// <summary>Errors when k cannot be fitted: fewer rows, or fewer distinct rows, than clusters.</summary>
    public static void RequireClusterable(FeatureMatrix x, int k, string what)
    {
        if (x.Rows < 2)
            throw new ModelException($"{what} needs at least 2 rows; the data has {x.Rows}", "give data with at least 2 rows");
        if (k > x.Rows)
            throw new ModelException($"{what} with {k} clusters needs at least {k} rows; the data has {x.Rows}", $"ask for at most {x.Rows} clusters, or give more rows");
        var distinct = DistinctRows(x, k);
        if (distinct < k)
            throw new ModelException($"{what} with {k} clusters needs at least {k} distinct rows; the data has only {distinct}", $"ask for at most {distinct} clusters");
    }

    /// <summary>Number of distinct rows, counting no further than <paramref name="atLeast"/>.</summary>
    private static int DistinctRows(FeatureMatrix x, int atLeast)
    {
        var seen = new HashSet<RowKey>();
        for (var i = 0; i < x.Rows && seen.Count < atLeast; i++) seen.Add(new RowKey(x, i));
        return seen.Count;
    }

    private readonly struct RowKey(FeatureMatrix x, int row) : IEquatable<RowKey>
    {
        public bool Equals(RowKey other) => x.Row(row).SequenceEqual(other.Values);
        private ReadOnlySpan<double> Values => x.Row(row);
        public override bool Equals(object? obj) => obj is RowKey k && Equals(k);
        public override int GetHashCode()
        {
            var h = new HashCode();
            foreach (var v in x.Row(row)) h.Add(v);
            return h.ToHashCode();
        }
    }
}
