using System.Globalization;
using DuckDB.NET.Data;
using SegmentationKit.Errors;
using SegmentationKit.Profiling;
using SegmentationKit.Sql;

namespace SegmentationKit.Engines;

/// <summary>Purchase summaries computed by an embedded DuckDB straight from a CSV or Parquet file of
/// orders (customer_id, date, amount), so a file larger than memory never becomes a
/// <see cref="Data.TransactionLog"/>: the same definitions as
/// <see cref="PurchaseSummary.FromTransactions"/> (orders after the as-of date left out, orders of
/// one day counted as one purchase, frequency = repeat purchase days, recency and T from the first
/// purchase, monetary value = mean spend of the repeat days), plus the first and last order dates.
/// Rows come ordered by customer_id (ordinal).</summary>
public static class DuckDbPurchaseSummaries
{
    /// <summary>One customer's summary with the dates it came from.</summary>
    public sealed record Row(PurchaseHistory History, DateOnly FirstOrder, DateOnly LastOrder);

    public static IReadOnlyList<Row> FromFile(string path, DateOnly asOf, ClvTimeUnit unit, out int leftOut)
    {
        if (!File.Exists(path))
            throw new DataValidationException(path, null, null, null, "the file does not exist", "check the path");
        const SqlDialect d = SqlDialect.DuckDb;
        var days = SqlLiteral.Double(d, PurchaseSummary.DaysPer(unit));
        var source = Source(path);
        var asOfLiteral = SqlLiteral.Date(asOf);
        // Day totals first (one purchase per customer-day), then each customer's first day, repeats and their mean.
        var sql = $"""
            WITH orders AS (
              SELECT CAST(customer_id AS VARCHAR) AS customer_id, CAST("date" AS DATE) AS order_date, CAST(amount AS DOUBLE) AS amount
              FROM {source}
            ),
            day_totals AS (
              SELECT customer_id, order_date, SUM(amount) AS total
              FROM orders WHERE order_date <= {asOfLiteral}
              GROUP BY customer_id, order_date
            ),
            firsts AS (
              SELECT customer_id, MIN(order_date) AS first_order, MAX(order_date) AS last_order, COUNT(*) AS purchase_days
              FROM day_totals GROUP BY customer_id
            )
            SELECT f.customer_id, f.purchase_days - 1 AS frequency,
              CAST(date_diff('day', f.first_order, f.last_order) AS DOUBLE) / {days} AS recency,
              CAST(date_diff('day', f.first_order, {asOfLiteral}) AS DOUBLE) / {days} AS t,
              AVG(CASE WHEN t.order_date > f.first_order THEN t.total END) AS monetary_value,
              f.first_order, f.last_order,
              (SELECT COUNT(*) FROM orders WHERE order_date > {asOfLiteral}) AS left_out
            FROM firsts f JOIN day_totals t ON t.customer_id = f.customer_id
            GROUP BY f.customer_id, f.purchase_days, f.first_order, f.last_order
            ORDER BY f.customer_id COLLATE "binary"
            """;
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var rows = new List<Row>();
        leftOut = 0;
        try
        {
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var history = new PurchaseHistory(reader.GetString(0), reader.GetInt64(1), reader.GetDouble(2), reader.GetDouble(3),
                    reader.IsDBNull(4) ? double.NaN : reader.GetDouble(4));
                rows.Add(new Row(history, DateOnly.FromDateTime(reader.GetDateTime(5)), DateOnly.FromDateTime(reader.GetDateTime(6))));
                leftOut = (int)reader.GetInt64(7);
            }
        }
        catch (DuckDBException e)
        {
            throw new DataValidationException(path, null, null, null, $"DuckDB could not read the orders: {FirstLine(e.Message)}",
                "give a CSV or Parquet file with the columns customer_id, date (YYYY-MM-DD) and amount (a number)");
        }
        if (rows.Count == 0)
            throw new DataValidationException(path, null, "date", asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                "no transaction is dated on or before the as-of date", "choose an as-of date after the first orders");
        return rows;
    }

    /// <summary>The file as a DuckDB table function: Parquet by its extension, CSV otherwise (header
    /// row; customer ids read as text so leading zeros stay; other columns detected, then cast).</summary>
    internal static string Source(string path)
    {
        var literal = SqlLiteral.String(SqlDialect.DuckDb, Path.GetFullPath(path));
        return path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase)
            ? $"read_parquet({literal})"
            : $"read_csv({literal}, header = true, types = {{'customer_id': 'VARCHAR'}})";
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
