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
        // The footer gives the exact row count: the columns are filled in place, never regrown or copied.
        var capacity = checked((int)source.RowCount);
        // One string per distinct customer (the customer table's own when given): a log holds millions
        // of rows for far fewer customers, and the strings the reader hands out are left to the collector.
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        var customerIds = new string[capacity];
        var dates = new DateOnly[capacity];
        var amounts = new double[capacity];
        var kept = 0;
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
                var customerRow = -1;
                if (id is null)
                    problem = new CsvProblem(line, TransactionColumns.CustomerId, null, "the customer id is empty", "give every transaction its customer's id");
                else if (customers is not null && (customerRow = customers.RowOf(id)) < 0)
                    problem = new CsvProblem(line, TransactionColumns.CustomerId, id,
                        "transaction for a customer who is not in the customer file", "add the customer to the customer file or remove the transaction");
                else if (dateCells.IsNull(row))
                    problem = new CsvProblem(line, TransactionColumns.Date, null, "the date is empty", "give every transaction its date");
                else if (amountCells.IsNull(row))
                    problem = new CsvProblem(line, TransactionColumns.Amount, null, "the amount is empty", "give every transaction its amount");
                else if (amountCells.Number(row) is var amount && (!double.IsFinite(amount) || amount < 0))
                    problem = new CsvProblem(line, TransactionColumns.Amount, amountCells.Text(row),
                        "the amount must be a finite number ≥ 0", "record refunds and credit notes outside the order log, and fix infinite or NaN values");
                problem ??= ParquetColumnBuilder.AppendRow(extras, group, row, kept);
                if (problem is { } p)
                {
                    load.Reject(p);
                    continue;
                }
                customerIds[kept] = customers is not null ? customers.CustomerIds[customerRow] : Pooled(pool, id!);
                dates[kept] = dateCells.Date(row);
                amounts[kept] = amountCells.Number(row);
                kept++;
            }
            report.Advance(group.Rows);
        }
        load.Finish(kept);
        report.Done();
        if (kept < capacity)
        {
            Array.Resize(ref customerIds, kept);
            Array.Resize(ref dates, kept);
            Array.Resize(ref amounts, kept);
        }
        return new TransactionLog(path, customerIds, dates, amounts, extras.Select(b => b.Build()).ToArray());
    }

    private static string Pooled(Dictionary<string, string> pool, string id)
    {
        if (!pool.TryGetValue(id, out var shared)) pool.Add(id, shared = id);
        return shared;
    }
}
