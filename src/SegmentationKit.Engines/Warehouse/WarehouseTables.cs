namespace SegmentationKit.Engines.Warehouse;

/// <summary>The tables of a <c>segment --db</c> run: customers (one row per customer), the orders
/// (customer_id, date, amount; null when the run reads none) and the table --write-back replaces.</summary>
public sealed record WarehouseTables(string Customers, string? Transactions, string Target = "segkit_assignments");
