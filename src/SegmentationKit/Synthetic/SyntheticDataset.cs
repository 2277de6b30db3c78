using SegmentationKit.Data;

namespace SegmentationKit.Synthetic;

/// <summary>A generated base held in memory: the same values the CSV files hold, already typed.</summary>
/// <param name="Customers">One row per customer with the columns of <see cref="SyntheticBase.CustomerFileColumns"/>.</param>
/// <param name="Transactions">Invoices and add-on orders, by customer then date.</param>
/// <param name="TrueSegments">The planted segment label of each customer, parallel to the table's rows.</param>
public sealed record SyntheticDataset(CustomerTable Customers, TransactionLog Transactions, IReadOnlyList<string> TrueSegments, SyntheticOptions Options);
