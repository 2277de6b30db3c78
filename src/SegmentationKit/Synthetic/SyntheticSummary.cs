namespace SegmentationKit.Synthetic;

/// <summary>What a generation run wrote.</summary>
/// <param name="Customers">Rows of customers.csv (and truth.csv).</param>
/// <param name="Transactions">Rows of transactions.csv.</param>
/// <param name="SegmentSizes">Customers per planted segment label.</param>
public sealed record SyntheticSummary(int Customers, long Transactions, IReadOnlyDictionary<string, int> SegmentSizes);
