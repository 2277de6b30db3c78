using SegmentationKit.Data;
using SegmentationKit.Sql;

namespace SegmentationKit.Engines.Warehouse;

/// <summary>What a <c>segment --db</c> run asks of the orders table besides RFM.</summary>
public static class WarehouseOrders
{
    /// <summary>The last order date (the as-of date when --as-of is not given, as on files); null for an empty table.</summary>
    public static DateOnly? LastOrderDate(WarehouseConnection db, string table)
    {
        var sql = $"SELECT MAX({SqlTypes.CastDate(SqlIdentifier.Quote(db.Dialect, TransactionColumns.Date))}) FROM {SqlIdentifier.Table(db.Dialect, table)}";
        return db.Run(sql, "--transactions-table", "give an existing table of orders with the columns customer_id, date and amount", command =>
        {
            var value = command.ExecuteScalar();
            return value switch
            {
                null or DBNull => (DateOnly?)null,
                DateOnly d => d,
                DateTime t => DateOnly.FromDateTime(t),
                _ => DateOnly.Parse(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!, System.Globalization.CultureInfo.InvariantCulture),
            };
        });
    }
}
