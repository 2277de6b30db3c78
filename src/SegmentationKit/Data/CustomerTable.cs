using SegmentationKit.Errors;

namespace SegmentationKit.Data;

/// <summary>A customer base: one row per customer, a unique id and typed columns. Immutable.
/// Column names are the CSV header names (see <see cref="CustomerColumns"/> for the standard ones).</summary>
public sealed class CustomerTable
{
    private readonly string[] _ids;
    private readonly Dictionary<string, int> _rowById;
    private readonly Column[] _columns;
    private readonly Dictionary<string, Column> _byName;

    /// <param name="source">Where the table came from (file path or a description); used in messages.</param>
    public CustomerTable(string source, IReadOnlyList<string> customerIds, IEnumerable<Column> columns)
    {
        Source = source;
        _ids = customerIds.ToArray();
        _rowById = new Dictionary<string, int>(_ids.Length, StringComparer.Ordinal);
        for (var i = 0; i < _ids.Length; i++)
        {
            if (!_rowById.TryAdd(_ids[i], i))
                throw new DataValidationException(source, null, CustomerColumns.CustomerId, _ids[i],
                    "duplicate customer id", "give every customer a unique id");
        }
        _columns = columns.ToArray();
        _byName = new Dictionary<string, Column>(StringComparer.Ordinal);
        foreach (var c in _columns)
        {
            if (c.Length != _ids.Length)
                throw new ArgumentException($"Column '{c.Name}' has {c.Length} rows; the table has {_ids.Length}.");
            if (!_byName.TryAdd(c.Name, c))
                throw new DataValidationException(source, 1, c.Name, null, "the column appears twice in the header", "rename or remove one of them");
        }
    }

    public string Source { get; }

    /// <summary>The encoding the source file was read with; null for a table built in code.</summary>
    public IO.TextEncoding? Encoding { get; init; }

    public int RowCount => _ids.Length;
    public IReadOnlyList<string> CustomerIds => _ids;
    public IReadOnlyList<Column> Columns => _columns;

    public bool HasColumn(string name) => _byName.ContainsKey(name);
    public bool TryGetColumn(string name, out Column column) => _byName.TryGetValue(name, out column!);

    public Column this[string name] => _byName.TryGetValue(name, out var c)
        ? c
        : throw new DataValidationException(Source, 1, name, null, "required column is missing",
            $"add a '{name}' column or map one to it; the table has: {string.Join(", ", _byName.Keys)}");

    public NumericColumn Numeric(string name) => As<NumericColumn>(name, ColumnKind.Numeric);
    public CategoricalColumn Categorical(string name) => As<CategoricalColumn>(name, ColumnKind.Categorical);
    public DateColumn Date(string name) => As<DateColumn>(name, ColumnKind.Date);
    public BooleanColumn Boolean(string name) => As<BooleanColumn>(name, ColumnKind.Boolean);

    /// <summary>Row index of a customer id, or -1.</summary>
    public int RowOf(string customerId) => _rowById.TryGetValue(customerId, out var r) ? r : -1;

    /// <summary>A table of the given rows, in that order (for subsets and resampling).</summary>
    public CustomerTable Select(IReadOnlyList<int> rows) =>
        new(Source, rows.Select(r => _ids[r]).ToArray(), _columns.Select(c => c.Select(rows)));

    private T As<T>(string name, ColumnKind kind) where T : Column
    {
        var c = this[name];
        return c as T ?? throw new DataValidationException(Source, 1, name, null,
            $"column is {c.Kind.ToString().ToLowerInvariant()} but {kind.ToString().ToLowerInvariant()} is needed",
            $"map '{name}' as {kind.ToString().ToLowerInvariant()} in the column mapping");
    }
}
