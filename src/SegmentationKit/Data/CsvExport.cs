using System.Globalization;
using SegmentationKit.IO;

namespace SegmentationKit.Data;

/// <summary>Writes a loaded customer table or transaction log as a standard CSV file (',' and decimal
/// point, ISO dates, true/false, an empty cell for a missing value, text safe to open in a
/// spreadsheet) that <see cref="CustomerFile"/> / <see cref="TransactionFile"/> read back to the same table.</summary>
public static class CsvExport
{
    public static void WriteCustomers(string path, CustomerTable customers)
    {
        using var csv = new SpreadsheetCsvWriter(path);
        csv.Header([CustomerColumns.CustomerId, .. customers.Columns.Select(c => c.Name)]);
        for (var r = 0; r < customers.RowCount; r++)
        {
            csv.Text(customers.CustomerIds[r]);
            foreach (var c in customers.Columns) Cell(csv, c, r);
            csv.EndRow();
        }
    }

    public static void WriteTransactions(string path, TransactionLog transactions)
    {
        using var csv = new SpreadsheetCsvWriter(path);
        csv.Header([TransactionColumns.CustomerId, TransactionColumns.Date, TransactionColumns.Amount, .. transactions.Columns.Select(c => c.Name)]);
        for (var r = 0; r < transactions.Count; r++)
        {
            csv.Text(transactions.CustomerIds[r])
                .Text(transactions.Dates[r].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                .Number(transactions.Amounts[r]);
            foreach (var c in transactions.Columns) Cell(csv, c, r);
            csv.EndRow();
        }
    }

    private static void Cell(SpreadsheetCsvWriter csv, Column column, int row)
    {
        if (column is NumericColumn n) csv.Number(n[row]);
        else csv.Text(column.FormatInvariant(row));
    }
}
