namespace SegmentationKit.Synthetic;

/// <summary>One customer's transactions while they are generated: reused from customer to customer
/// so a chunk allocates nothing per row. Amounts in cents.</summary>
internal sealed class TransactionScratch
{
    private DateOnly[] _dates = new DateOnly[256];
    private long[] _cents = new long[256];

    public int Count { get; private set; }
    public ReadOnlySpan<DateOnly> Dates => _dates.AsSpan(0, Count);
    public ReadOnlySpan<long> Cents => _cents.AsSpan(0, Count);

    public void Clear() => Count = 0;

    public void Add(DateOnly date, long cents)
    {
        if (Count == _dates.Length)
        {
            Array.Resize(ref _dates, Count * 2);
            Array.Resize(ref _cents, Count * 2);
        }
        _dates[Count] = date;
        _cents[Count] = cents;
        Count++;
    }

    /// <summary>Stable sort by date (insertion sort: the recurring invoices arrive already in order and
    /// add-ons are few), so an invoice and an add-on on the same day keep their generation order.</summary>
    public void SortByDate()
    {
        for (var i = 1; i < Count; i++)
        {
            var d = _dates[i];
            var c = _cents[i];
            var j = i - 1;
            while (j >= 0 && _dates[j] > d)
            {
                _dates[j + 1] = _dates[j];
                _cents[j + 1] = _cents[j];
                j--;
            }
            _dates[j + 1] = d;
            _cents[j + 1] = c;
        }
    }
}
