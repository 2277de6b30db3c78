namespace SegmentationKit.Data;

/// <summary>The overview of a transaction log.</summary>
/// <param name="Customers">Distinct customers with at least one transaction.</param>
/// <param name="CustomersWithoutTransactions">Customers of the customer table with none (null without a table).</param>
/// <param name="TotalAmount">Sum of all amounts, currency units.</param>
/// <param name="Columns">customer_id, date, amount, then the log's other columns.</param>
public sealed record TransactionSummary(
    string File,
    int Count,
    int Customers,
    int? CustomersWithoutTransactions,
    double TotalAmount,
    DateOnly? FirstDate,
    DateOnly? LastDate,
    IReadOnlyList<ColumnSummary> Columns)
{
    public static TransactionSummary Of(TransactionLog log, CustomerTable? customers = null)
    {
        var seen = new HashSet<string>(log.CustomerIds, StringComparer.Ordinal);
        var total = 0.0;
        foreach (var a in log.Amounts) total += a;
        var range = log.DateRange;
        var columns = new List<ColumnSummary>
        {
            ColumnSummary.OfIds(TransactionColumns.CustomerId, seen.Count),
            ColumnSummary.OfDates(TransactionColumns.Date, log.Dates),
            ColumnSummary.OfNumbers(TransactionColumns.Amount, log.Amounts, "numeric"),
        };
        columns.AddRange(log.Columns.Select(ColumnSummary.Of));
        int? without = customers is null
            ? null
            : customers.CustomerIds.Count(id => !seen.Contains(id));
        return new TransactionSummary(log.Source, log.Count, seen.Count, without, total, range?.First, range?.Last, columns);
    }
}
