using System.Text.Json;

namespace SegmentationKit.Data;

/// <summary>A readable overview of a customer base (what <c>segkit describe</c> shows and notebooks
/// display): row count, every column's kind, missing share and range or top values, total ARR
/// and MRR, churn rate, and the transaction log's size and date range.</summary>
/// <param name="TotalArr">Sum of <c>arr</c> over customers with a value, currency units per year; null without the column.</param>
/// <param name="TotalMrr">Sum of <c>mrr</c>, currency units per month; null without the column.</param>
/// <param name="ChurnRate">Share 0–1 of customers with <c>churned</c> = true among those with a value; null without the column.</param>
public sealed record DatasetSummary(
    string CustomersFile,
    int CustomerCount,
    IReadOnlyList<ColumnSummary> Columns,
    double? TotalArr,
    double? TotalMrr,
    int? ChurnedCount,
    double? ChurnRate,
    TransactionSummary? Transactions)
{
    public static DatasetSummary Of(CustomerTable customers, TransactionLog? transactions = null)
    {
        // Customer ids are unique: the table refuses duplicates.
        var columns = new List<ColumnSummary> { ColumnSummary.OfIds(CustomerColumns.CustomerId, customers.RowCount) };
        columns.AddRange(customers.Columns.Select(ColumnSummary.Of));

        int? churned = null;
        double? churnRate = null;
        if (customers.TryGetColumn(CustomerColumns.Churned, out var c) && c is BooleanColumn churn)
        {
            int yes = 0, known = 0;
            foreach (var v in churn.Values)
            {
                if (v is null) continue;
                known++;
                if (v.Value) yes++;
            }
            churned = yes;
            churnRate = known == 0 ? null : (double)yes / known;
        }

        return new DatasetSummary(customers.Source, customers.RowCount, columns,
            Sum(customers, CustomerColumns.Arr), Sum(customers, CustomerColumns.Mrr), churned, churnRate,
            transactions is null ? null : TransactionSummary.Of(transactions, customers));
    }

    /// <summary>snake_case JSON, as every file the kit writes.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, SegmentationJson.Options);

    private static double? Sum(CustomerTable table, string name)
    {
        if (!table.TryGetColumn(name, out var column) || column is not NumericColumn numbers) return null;
        var total = 0.0;
        foreach (var v in numbers.Values) if (!double.IsNaN(v)) total += v;
        return total;
    }
}
