using SegmentationKit.Data.Parquet;

namespace SegmentationKit.Data;

/// <summary>Writes a loaded customer table or transaction log as a Parquet file that
/// <see cref="CustomerFile"/> / <see cref="TransactionFile"/> read back to the same table: the id as
/// text, numeric columns as DOUBLE (missing: null), dates as DATE, yes/no as BOOLEAN, categories as text.</summary>
public static class ParquetExport
{
    public static void WriteCustomers(string path, CustomerTable customers)
    {
        var columns = new List<ParquetColumnWriter.Output> { ParquetColumnWriter.Text(CustomerColumns.CustomerId, customers.CustomerIds) };
        columns.AddRange(customers.Columns.Select(ParquetColumnWriter.For));
        ParquetColumnWriter.Write(path, customers.RowCount, columns);
    }

    public static void WriteTransactions(string path, TransactionLog transactions)
    {
        var dates = new DateOnly?[transactions.Count];
        for (var i = 0; i < dates.Length; i++) dates[i] = transactions.Dates[i];
        var columns = new List<ParquetColumnWriter.Output>
        {
            ParquetColumnWriter.Text(TransactionColumns.CustomerId, transactions.CustomerIds),
            ParquetColumnWriter.Dates(TransactionColumns.Date, dates),
            ParquetColumnWriter.Numbers(TransactionColumns.Amount, transactions.Amounts.ToArray()),
        };
        columns.AddRange(transactions.Columns.Select(ParquetColumnWriter.For));
        ParquetColumnWriter.Write(path, transactions.Count, columns);
    }
}
