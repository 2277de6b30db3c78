namespace SegmentationKit.Data;

/// <summary>How the headers of one CSV file map to the kit's column names and kinds. Headers not in
/// the mapping keep their name. Build one in code with <see cref="Map"/>, or load a YAML file
/// with <see cref="DatasetMapping.Load"/>.</summary>
/// <example><code>
/// var mapping = ColumnMapping.Empty
///     .Map("Client", CustomerColumns.CustomerId)
///     .Map("CA annuel", CustomerColumns.Arr)
///     .Map("Code postal", "postcode", ColumnKind.Categorical);
/// </code></example>
public sealed class ColumnMapping
{
    private readonly ColumnMap[] _columns;

    public ColumnMapping(IEnumerable<ColumnMap> columns)
    {
        _columns = columns.ToArray();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in _columns)
        {
            if (string.IsNullOrWhiteSpace(c.Source)) throw new ArgumentException("a column mapping has an empty source header");
            if (string.IsNullOrWhiteSpace(c.Name)) throw new ArgumentException($"the mapping of '{c.Source}' has an empty name");
            if (!seen.Add(c.Source.Trim())) throw new ArgumentException($"the source header '{c.Source}' is mapped twice");
        }
    }

    public static ColumnMapping Empty { get; } = new([]);

    public IReadOnlyList<ColumnMap> Columns => _columns;

    /// <summary>A mapping with one more entry: load the column headed <paramref name="source"/> as
    /// <paramref name="name"/>, of <paramref name="kind"/> (null: standard kind or inferred).</summary>
    public ColumnMapping Map(string source, string name, ColumnKind? kind = null) =>
        new([.. _columns, new ColumnMap(source, name, kind)]);

    /// <summary>The entry for a header: exact match after trimming, else ignoring case.</summary>
    internal ColumnMap? Find(string header)
    {
        var h = header.Trim();
        foreach (var c in _columns) if (string.Equals(c.Source.Trim(), h, StringComparison.Ordinal)) return c;
        foreach (var c in _columns) if (string.Equals(c.Source.Trim(), h, StringComparison.OrdinalIgnoreCase)) return c;
        return null;
    }
}
