namespace SegmentationKit.Data;

/// <summary>The overview of one column: its kind, how much is missing, and its range (numbers,
/// dates) or its most frequent values (categories, yes/no). Statistics ignore missing values; they
/// are null when they do not apply to the kind or when every value is missing.</summary>
/// <param name="Kind">numeric, categorical, date, boolean, or id for the key column.</param>
/// <param name="MissingShare">Share 0–1 of rows with no value.</param>
/// <param name="Median">Middle value; the mean of the two middle values for an even count.</param>
/// <param name="MedianDate">Middle date; the earlier of the two middle dates for an even count.</param>
/// <param name="Distinct">Number of different values (categorical, boolean, id).</param>
/// <param name="TopValues">Up to <see cref="TopCount"/> most frequent values, most frequent first, ties in text order.</param>
public sealed record ColumnSummary(
    string Name,
    string Kind,
    int Missing,
    double MissingShare,
    double? Min = null,
    double? Median = null,
    double? Max = null,
    DateOnly? FirstDate = null,
    DateOnly? MedianDate = null,
    DateOnly? LastDate = null,
    int? Distinct = null,
    IReadOnlyList<ValueCount>? TopValues = null)
{
    public const int TopCount = 5;

    public static ColumnSummary Of(Column column) => column switch
    {
        NumericColumn n => OfNumbers(n.Name, n.Values, "numeric"),
        DateColumn d => OfDates(d.Name, d.Values),
        CategoricalColumn c => OfCategories(c),
        BooleanColumn b => OfBooleans(b),
        _ => throw new ArgumentException($"no summary for a {column.GetType().Name}"),
    };

    /// <summary>The key column: every value present; <paramref name="distinct"/> different ids.</summary>
    public static ColumnSummary OfIds(string name, int distinct) => new(name, "id", 0, 0, Distinct: distinct);

    public static ColumnSummary OfNumbers(string name, ReadOnlySpan<double> values, string kind)
    {
        var present = new double[values.Length];
        var n = 0;
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var v in values)
        {
            if (double.IsNaN(v)) continue;
            present[n++] = v;
            if (v < min) min = v;
            if (v > max) max = v;
        }
        var missing = values.Length - n;
        var share = Share(missing, values.Length);
        if (n == 0) return new ColumnSummary(name, kind, missing, share);
        return new ColumnSummary(name, kind, missing, share, Min: min, Median: OrderStatistics.Median(present.AsSpan(0, n)), Max: max);
    }

    public static ColumnSummary OfDates(string name, ReadOnlySpan<DateOnly?> values)
    {
        var days = new int[values.Length];
        var n = 0;
        foreach (var v in values) if (v is { } d) days[n++] = d.DayNumber;
        return OfDayNumbers(name, days, n, values.Length - n);
    }

    public static ColumnSummary OfDates(string name, ReadOnlySpan<DateOnly> values)
    {
        var days = new int[values.Length];
        for (var i = 0; i < days.Length; i++) days[i] = values[i].DayNumber;
        return OfDayNumbers(name, days, days.Length, 0);
    }

    private static ColumnSummary OfDayNumbers(string name, int[] days, int n, int missing)
    {
        var share = Share(missing, n + missing);
        if (n == 0) return new ColumnSummary(name, "date", missing, share);
        var present = days.AsSpan(0, n);
        int first = int.MaxValue, last = int.MinValue;
        foreach (var d in present)
        {
            if (d < first) first = d;
            if (d > last) last = d;
        }
        var median = OrderStatistics.Select(present, (n - 1) / 2);
        return new ColumnSummary(name, "date", missing, share,
            FirstDate: DateOnly.FromDayNumber(first), MedianDate: DateOnly.FromDayNumber(median), LastDate: DateOnly.FromDayNumber(last));
    }

    private static ColumnSummary OfCategories(CategoricalColumn column)
    {
        var counts = new int[column.Levels.Count];
        var missing = 0;
        foreach (var code in column.Codes)
        {
            if (code < 0) missing++;
            else counts[code]++;
        }
        return OfCounts(column.Name, "categorical", column.Levels, counts, missing);
    }

    private static ColumnSummary OfBooleans(BooleanColumn column)
    {
        var counts = new int[2];
        var missing = 0;
        foreach (var v in column.Values)
        {
            if (v is null) missing++;
            else counts[v.Value ? 0 : 1]++;
        }
        return OfCounts(column.Name, "boolean", ["true", "false"], counts, missing);
    }

    private static ColumnSummary OfCounts(string name, string kind, IReadOnlyList<string> levels, int[] counts, int missing)
    {
        var present = counts.Sum();
        var top = Enumerable.Range(0, levels.Count)
            .Where(i => counts[i] > 0)
            .OrderByDescending(i => counts[i]).ThenBy(i => levels[i], StringComparer.Ordinal)
            .Take(TopCount)
            .Select(i => new ValueCount(levels[i], counts[i], Share(counts[i], present)))
            .ToList();
        return new ColumnSummary(name, kind, missing, Share(missing, present + missing),
            Distinct: counts.Count(c => c > 0), TopValues: top);
    }

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
