namespace SegmentationKit.Sql;

/// <summary>The tables a compiled model reads and writes. They use the kit's standard column names:
/// customer_id in both, date and amount in the transactions, the model's customer columns in the
/// customers.</summary>
/// <param name="Customers">One row per customer.</param>
/// <param name="Transactions">One row per order (RFM only).</param>
/// <param name="Target">The table the script (re)creates with customer_id and segment_id.</param>
public sealed record SqlTables(string Customers = "customers", string Transactions = "transactions", string Target = "segkit_assignments");
