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
        DateColumn d => OfDates(d),
        CategoricalColumn c => OfTexts(c.Name, "categorical", Enumerable.Range(0, c.Length).Select(i => c[i]).ToArray()),
        BooleanColumn b => OfTexts(b.Name, "boolean", Enumerable.Range(0, b.Length).Select(b.FormatInvariant).ToArray()),
        _ => throw new ArgumentException($"no summary for a {column.GetType().Name}"),
    };

    /// <summary>The key column: every value present; distinct count shows whether ids are unique.</summary>
    public static ColumnSummary OfIds(string name, IReadOnlyList<string> ids) =>
        new(name, "id", 0, 0, Distinct: ids.Distinct(StringComparer.Ordinal).Count());

    public static ColumnSummary OfNumbers(string name, ReadOnlySpan<double> values, string kind)
    {
        var present = new List<double>(values.Length);
        foreach (var v in values) if (!double.IsNaN(v)) present.Add(v);
        var missing = values.Length - present.Count;
        var share = Share(missing, values.Length);
        if (present.Count == 0) return new ColumnSummary(name, kind, missing, share);
        present.Sort();
        var n = present.Count;
        var median = n % 2 == 1 ? present[n / 2] : (present[n / 2 - 1] + present[n / 2]) / 2;
        return new ColumnSummary(name, kind, missing, share, Min: present[0], Median: median, Max: present[^1]);
    }

    public static ColumnSummary OfDates(string name, IReadOnlyList<DateOnly?> values)
    {
        var present = values.Where(v => v.HasValue).Select(v => v!.Value).ToList();
        var missing = values.Count - present.Count;
        var share = Share(missing, values.Count);
        if (present.Count == 0) return new ColumnSummary(name, "date", missing, share);
        present.Sort();
        return new ColumnSummary(name, "date", missing, share,
            FirstDate: present[0], MedianDate: present[(present.Count - 1) / 2], LastDate: present[^1]);
    }

    private static ColumnSummary OfDates(DateColumn d) => OfDates(d.Name, d.Values.ToArray());

    private static ColumnSummary OfTexts(string name, string kind, IReadOnlyList<string?> values)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var missing = 0;
        foreach (var v in values)
        {
            if (v is null) { missing++; continue; }
            counts[v] = counts.GetValueOrDefault(v) + 1;
        }
        var present = values.Count - missing;
        var top = counts
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(TopCount)
            .Select(p => new ValueCount(p.Key, p.Value, Share(p.Value, present)))
            .ToList();
        return new ColumnSummary(name, kind, missing, Share(missing, values.Count), Distinct: counts.Count, TopValues: top);
    }

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
