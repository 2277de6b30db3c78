namespace SegmentationKit.Data;

/// <summary>The standard column names of a transaction log.</summary>
public static class TransactionColumns
{
    public const string CustomerId = "customer_id";
    public const string Date = "date";
    /// <summary>Amount of the order or invoice, currency units, ≥ 0.</summary>
    public const string Amount = "amount";
}
