namespace SegmentationKit.Data;

/// <summary>The standard column names of a transaction log.</summary>
public static class TransactionColumns
{
    public const string CustomerId = "customer_id";
    public const string Date = "date";
    /// <summary>Amount of the order or invoice, currency units, ≥ 0.</summary>
    public const string Amount = "amount";

    /// <summary>The kind a standard transaction column is read as, or null for another name (its
    /// kind is then inferred). <see cref="CustomerId"/> is the key and has no kind.</summary>
    public static ColumnKind? StandardKind(string name) => name switch
    {
        Date => ColumnKind.Date,
        Amount => ColumnKind.Numeric,
        _ => null,
    };
}
