using System.Text;
using SegmentationKit.Errors;

namespace SegmentationKit.Data;

/// <summary>Loads a transaction (order or invoice) log from CSV: <c>customer_id</c>, <c>date</c>
/// and <c>amount</c> are required on every row (amount finite and ≥ 0, currency units); other
/// columns are kept with inferred kinds. Same dialects and encodings as <see cref="CustomerCsv"/>.</summary>
public static class TransactionCsv
{
    /// <summary>Loads the file or throws a <see cref="DataValidationException"/> at the first
    /// problem. When <paramref name="customers"/> is given, a transaction of a customer not in it
    /// is an error.</summary>
    /// <param name="progress">Receives the rows read so far; null: no reports.</param>
    public static TransactionLog Load(string path, CsvReadOptions? options = null, CustomerTable? customers = null, IProgress<WorkProgress>? progress = null) =>
        Read(path, options, customers, rejects: null, progress);

    /// <summary>Loads the good rows and returns every other row with its reason (see
    /// <see cref="CustomerCsv.LoadLenient"/>).</summary>
    public static CsvLoadResult<TransactionLog> LoadLenient(string path, CsvReadOptions? options = null, CustomerTable? customers = null,
        IProgress<WorkProgress>? progress = null)
    {
        var rejects = new List<RejectedRow>();
        var log = Read(path, options, customers, rejects, progress);
        return new CsvLoadResult<TransactionLog>(log, rejects);
    }

    private static TransactionLog Read(string path, CsvReadOptions? options, CustomerTable? customers, List<RejectedRow>? rejects,
        IProgress<WorkProgress>? progress)
    {
        var load = new CsvLoad(path, rejects);
        using var source = CsvSource.Open(path, options, load.MalformedSink);
        var idField = source.Require(TransactionColumns.CustomerId, "the customer of each transaction");
        var dateField = source.Require(TransactionColumns.Date, "the date of each transaction");
        var amountField = source.Require(TransactionColumns.Amount, "the amount of each transaction");
        var extras = ColumnBuilder.ForColumns(source, [idField, dateField, amountField], TransactionColumns.StandardKind);

        var ids = new CustomerIdPool(customers);
        var customerIds = new List<string>(source.EstimatedRows);
        var dates = new List<DateOnly>(source.EstimatedRows);
        var amounts = new List<double>(source.EstimatedRows);
        var report = new WorkProgressReporter(progress, WorkProgress.LoadingStep(path), source.EstimatedRows, "rows");
        while (source.Read())
        {
            load.CountRow();
            report.Advance();
            var problem = RowProblem(source, idField, dateField, amountField, ids, out var row)
                          ?? ColumnBuilder.AppendRow(extras, source, customerIds.Count);
            if (problem is { } p)
            {
                load.Reject(p);
                continue;
            }
            customerIds.Add(row.Id);
            dates.Add(row.Date);
            amounts.Add(row.Amount);
        }
        load.Finish(customerIds.Count);
        report.Done();
        return new TransactionLog(path, customerIds.ToArray(), dates.ToArray(), amounts.ToArray(), extras.Select(b => b.Build()).ToArray())
        {
            Encoding = source.Encoding,
        };
    }

    private static CsvProblem? RowProblem(CsvSource source, int idField, int dateField, int amountField, CustomerIdPool ids,
        out (string Id, DateOnly Date, double Amount) row)
    {
        row = default;
        if (source.FieldCountProblem() is { } ragged) return ragged;
        var reader = source.Reader;
        var idBytes = IO.SpreadsheetCsv.Restore(reader.GetSpan(idField));
        if (idBytes.IsEmpty)
            return new CsvProblem(source.Line, TransactionColumns.CustomerId, null, "the customer id is empty", "give every transaction its customer's id");
        var id = ids.Get(idBytes);
        if (id is null)
            return new CsvProblem(source.Line, TransactionColumns.CustomerId, source.CellText(idField),
                "transaction for a customer who is not in the customer file", "add the customer to the customer file or remove the transaction");

        var dateBytes = reader.GetSpan(dateField);
        if (dateBytes.IsEmpty)
            return new CsvProblem(source.Line, TransactionColumns.Date, null, "the date is empty", "give every transaction its date");
        if (!CsvCells.TryParseDate(dateBytes, source.Dialect.DayFirstDates, out var date))
            return ColumnBuilder.NotADate(source, TransactionColumns.Date, dateField);

        var amountBytes = reader.GetSpan(amountField);
        if (amountBytes.IsEmpty)
            return new CsvProblem(source.Line, TransactionColumns.Amount, null, "the amount is empty", "give every transaction its amount");
        if (!CsvCells.TryParseNumber(amountBytes, source.Dialect.Numbers, out var amount))
            return ColumnBuilder.NotANumber(source, TransactionColumns.Amount, amountField);
        if (!double.IsFinite(amount) || amount < 0)
            return new CsvProblem(source.Line, TransactionColumns.Amount, source.CellText(amountField),
                "the amount must be a finite number ≥ 0", "record refunds and credit notes outside the order log, and fix infinite or NaN values");
        row = (id, date, amount);
        return null;
    }

    /// <summary>One string per distinct customer id, looked up from the UTF-8 bytes without
    /// allocating: a log holds millions of rows for far fewer customers.</summary>
    private sealed class CustomerIdPool
    {
        private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);
        private readonly bool _closed;
        private char[] _chars = new char[64];
        private byte[] _lastUtf8 = new byte[64];
        private int _lastLength = -1;
        private string? _lastId;

        public CustomerIdPool(CustomerTable? customers)
        {
            if (customers is null) return;
            _closed = true;
            foreach (var id in customers.CustomerIds) _ids.TryAdd(id, id);
        }

        /// <summary>The id, or null when the customers are known and this id is not one of them.</summary>
        public string? Get(ReadOnlySpan<byte> utf8)
        {
            // Logs usually list a customer's transactions together: the previous id is the likeliest.
            if (_lastId is not null && utf8.SequenceEqual(_lastUtf8.AsSpan(0, _lastLength))) return _lastId;
            var id = Find(utf8);
            if (id is not null)
            {
                if (_lastUtf8.Length < utf8.Length) _lastUtf8 = new byte[utf8.Length * 2];
                utf8.CopyTo(_lastUtf8);
                _lastLength = utf8.Length;
                _lastId = id;
            }
            return id;
        }

        private string? Find(ReadOnlySpan<byte> utf8)
        {
            var max = Encoding.UTF8.GetMaxCharCount(utf8.Length);
            if (_chars.Length < max) _chars = new char[max];
            var chars = _chars.AsSpan(0, Encoding.UTF8.GetChars(utf8, _chars));
            var lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(chars, out var id)) return id;
            if (_closed) return null;
            id = chars.ToString();
            _ids.Add(id, id);
            return id;
        }
    }
}
