namespace SegmentationKit.Data;

/// <summary>A seeded random sample of a customer table's rows, for fitting a clustering on part of a
/// large base (<c>segment --db … --sample N</c>): a partial Fisher–Yates shuffle with
/// <see cref="Random"/>(seed) picks the rows, which keep their table order. The same table, size
/// and seed give the same sample, whatever the database or the thread count.</summary>
public static class CustomerSample
{
    /// <param name="size">Rows wanted; the whole table when it has no more rows than that.</param>
    public static CustomerTable Draw(CustomerTable table, int size, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        var n = table.RowCount;
        if (size >= n) return table;
        var rows = Enumerable.Range(0, n).ToArray();
        var random = new Random(seed);
        for (var i = 0; i < size; i++)
        {
            var j = random.Next(i, n);
            (rows[i], rows[j]) = (rows[j], rows[i]);
        }
        var chosen = rows.AsSpan(0, size).ToArray();
        Array.Sort(chosen);
        return new CustomerTable(table.Source, chosen.Select(r => table.CustomerIds[r]).ToArray(), table.Columns.Select(c => c.Select(chosen)).ToList());
    }
}
