using SegmentationKit.Errors;

namespace SegmentationKit.Data.Parquet;

/// <summary>Loads a transaction log from a Parquet file with the rules of <see cref="TransactionCsv"/>:
/// <c>customer_id</c> (text or integers), <c>date</c> (DATE or TIMESTAMP, its calendar date) and
/// <c>amount</c> (a number, finite and ≥ 0) on every row, other columns kept.</summary>
internal static class TransactionParquet
{
    public static TransactionLog Read(string path, CsvReadOptions? options, CustomerTable? customers, List<RejectedRow>? rejects,
        IProgress<WorkProgress>? progress)
    {
        using var source = ParquetSource.Open(path, options);
        var idField = source.Require(TransactionColumns.CustomerId, "the customer of each transaction");
        var dateField = source.Require(TransactionColumns.Date, "the date of each transaction");
        var amountField = source.Require(TransactionColumns.Amount, "the amount of each transaction");
        source.CheckId(idField, "give every transaction its customer's id");
        source.CheckKind(dateField, ColumnKind.Date, remappable: false);
        source.CheckKind(amountField, ColumnKind.Numeric, remappable: false);
        var extras = ParquetColumnBuilder.ForColumns(source, [idField, dateField, amountField], TransactionColumns.StandardKind);
        if (source.RowCount == 0) throw source.NoRows();

        var load = new CsvLoad(path, rejects);
        var capacity = (int)Math.Min(source.RowCount, int.MaxValue);
        var known = customers is null ? null : new HashSet<string>(customers.CustomerIds, StringComparer.Ordinal);
        // One string per distinct customer: a log holds millions of rows for far fewer customers.
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        var customerIds = new List<string>(capacity);
        var dates = new List<DateOnly>(capacity);
        var amounts = new List<double>(capacity);
        var report = new WorkProgressReporter(progress, WorkProgress.LoadingStep(path), source.RowCount, "rows");
        foreach (var group in source.RowGroups([idField, dateField, amountField, .. extras.Select(b => b.Field)]))
        {
            var idCells = group.Cells[idField]!;
            var dateCells = group.Cells[dateField]!;
            var amountCells = group.Cells[amountField]!;
            for (var row = 0; row < group.Rows; row++)
            {
                load.CountRow();
                var line = group.LineOf(row);
                var id = idCells.Text(row);
                CsvProblem? problem = null;
                if (id is null)
                    problem = new CsvProblem(line, TransactionColumns.CustomerId, null, "the customer id is empty", "give every transaction its customer's id");
                else if (known is not null && !known.Contains(id))
                    problem = new CsvProblem(line, TransactionColumns.CustomerId, id,
                        "transaction for a customer who is not in the customer file", "add the customer to the customer file or remove the transaction");
                else if (dateCells.IsNull(row))
                    problem = new CsvProblem(line, TransactionColumns.Date, null, "the date is empty", "give every transaction its date");
                else if (amountCells.IsNull(row))
                    problem = new CsvProblem(line, TransactionColumns.Amount, null, "the amount is empty", "give every transaction its amount");
                else if (amountCells.Number(row) is var amount && (!double.IsFinite(amount) || amount < 0))
                    problem = new CsvProblem(line, TransactionColumns.Amount, amountCells.Text(row),
                        "the amount must be a finite number ≥ 0", "record refunds and credit notes outside the order log, and fix infinite or NaN values");
                problem ??= ParquetColumnBuilder.AppendRow(extras, group, row, customerIds.Count);
                if (problem is { } p)
                {
                    load.Reject(p);
                    continue;
                }
                if (!pool.TryGetValue(id!, out var shared)) pool.Add(id!, shared = id!);
                customerIds.Add(shared);
                dates.Add(dateCells.Date(row));
                amounts.Add(amountCells.Number(row));
            }
            report.Advance(group.Rows);
        }
        load.Finish(customerIds.Count);
        report.Done();
        return new TransactionLog(path, customerIds.ToArray(), dates.ToArray(), amounts.ToArray(), extras.Select(b => b.Build()).ToArray());
    }
}
