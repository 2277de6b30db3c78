namespace SegmentationKit.Data;

/// <summary>An order or invoice log: one row per transaction with the customer id, the date and the
/// amount (currency units, ≥ 0). Parallel arrays, immutable.</summary>
public sealed class TransactionLog
{
    private readonly string[] _customerIds;
    private readonly DateOnly[] _dates;
    private readonly double[] _amounts;

    /// <param name="columns">Other columns of the log (order ids, products, …), one value per
    /// transaction; kept as loaded so nothing in the file is dropped.</param>
    public TransactionLog(string source, string[] customerIds, DateOnly[] dates, double[] amounts, IReadOnlyList<Column>? columns = null)
    {
        if (customerIds.Length != dates.Length || dates.Length != amounts.Length)
            throw new ArgumentException("customer ids, dates and amounts must have the same length");
        Source = source;
        _customerIds = customerIds;
        _dates = dates;
        _amounts = amounts;
        Columns = columns?.ToArray() ?? [];
        foreach (var c in Columns)
            if (c.Length != customerIds.Length)
                throw new ArgumentException($"Column '{c.Name}' has {c.Length} rows; the log has {customerIds.Length}.");
    }

    public string Source { get; }

    /// <summary>The encoding the source file was read with; null for a log built in code.</summary>
    public IO.TextEncoding? Encoding { get; init; }

    public int Count => _customerIds.Length;
    public IReadOnlyList<string> CustomerIds => _customerIds;
    public ReadOnlySpan<DateOnly> Dates => _dates;
    public ReadOnlySpan<double> Amounts => _amounts;
    /// <summary>The log's other columns beyond customer id, date and amount, in file order.</summary>
    public IReadOnlyList<Column> Columns { get; }

    /// <summary>Earliest and latest transaction dates, or null for an empty log.</summary>
    public (DateOnly First, DateOnly Last)? DateRange
    {
        get
        {
            if (_dates.Length == 0) return null;
            DateOnly min = _dates[0], max = _dates[0];
            foreach (var d in _dates)
            {
                if (d < min) min = d;
                if (d > max) max = d;
            }
            return (min, max);
        }
    }

    /// <summary>Row indices of each customer's transactions, in log order.</summary>
    public Dictionary<string, List<int>> RowsByCustomer()
    {
        var map = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < _customerIds.Length; i++)
        {
            if (!map.TryGetValue(_customerIds[i], out var list)) map[_customerIds[i]] = list = new List<int>();
            list.Add(i);
        }
        return map;
    }
}
