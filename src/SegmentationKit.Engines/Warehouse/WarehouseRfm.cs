using System.Globalization;
using SegmentationKit.Data;
using SegmentationKit.Errors;
using SegmentationKit.Segmenters.Rfm;
using SegmentationKit.Sql;

namespace SegmentationKit.Engines.Warehouse;

/// <summary>RFM computed in the database: per customer the last order, the orders and the spend in
/// the window (orders after the as-of date ignored), and the score cut points from the type-7
/// quantiles of the buyers' measures — the database sorts them and returns only the order statistics
/// the quantiles need (<see cref="RfmScale.RanksNeeded"/>); the kit interpolates them with R's
/// arithmetic, so the cuts equal the file path's to the last bit when the measures do. A customer's
/// spend is summed in date order (then amount), as a file listing its orders by date adds them.</summary>
public sealed class WarehouseRfm
{
    private readonly WarehouseConnection _db;
    private readonly CustomerTable _customers;
    private readonly string _customersTable;
    private readonly string _transactionsTable;
    private readonly DateOnly _asOf;

    /// <param name="customers">The customers read from the database (after any --as-of cut): only
    /// their orders count, in their row order.</param>
    /// <param name="keptSignedUpBy">The --as-of date when customers signed up after it were left out (the buyers whose quantiles are taken are those kept).</param>
    public WarehouseRfm(WarehouseConnection db, CustomerTable customers, string customersTable, string transactionsTable, DateOnly asOf, DateOnly? keptSignedUpBy)
    {
        _db = db;
        _customers = customers;
        _customersTable = customersTable;
        _transactionsTable = transactionsTable;
        _asOf = asOf;
        KeptSignedUpBy = keptSignedUpBy;
        CheckTransactions();
    }

    public DateOnly? KeptSignedUpBy { get; }

    private SqlDialect D => _db.Dialect;
    private string Q(string name) => SqlIdentifier.Quote(D, name);
    private string TransactionsSource => $"{_db.Description} table {_transactionsTable}";

    /// <summary>The columns exist, and every order belongs to a customer of the customers table
    /// (as the file path requires: an order of an unknown customer is an error, never dropped).</summary>
    private void CheckTransactions()
    {
        var t = SqlIdentifier.Table(D, _transactionsTable);
        var c = SqlIdentifier.Table(D, _customersTable);
        var text = SqlTypes.Text(D);
        var id = Q(TransactionColumns.CustomerId);
        var sql = $"SELECT COUNT(*), MIN(CAST({Q("o")}.{id} AS {text})), MIN(CAST({Q("o")}.{Q(TransactionColumns.Date)} AS DATE)), MIN(CAST({Q("o")}.{Q(TransactionColumns.Amount)} AS {SqlTypes.Double(D)}))\n" +
                  $"FROM {t} AS {Q("o")}\nWHERE NOT EXISTS (SELECT 1 FROM {c} AS {Q("k")} WHERE CAST({Q("k")}.{id} AS {text}) = CAST({Q("o")}.{id} AS {text}))";
        var (count, example) = _db.Run(sql, "--transactions-table",
            $"give an existing table of orders with the columns {TransactionColumns.CustomerId}, {TransactionColumns.Date} (a date) and {TransactionColumns.Amount} (a number)",
            command =>
            {
                using var reader = command.ExecuteReader();
                reader.Read();
                return (Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture), reader.IsDBNull(1) ? null : reader.GetString(1));
            });
        if (count > 0)
            throw new DataValidationException(TransactionsSource, null, TransactionColumns.CustomerId, example,
                $"{count} transaction{(count == 1 ? "" : "s")} belong to customers who are not in the customer table",
                "add the customers to the customers table or remove their transactions");
    }

    /// <summary>The per-customer aggregates, computed once per run into a temporary table of the
    /// connection (the orders are scanned once; the quantile queries read this table).</summary>
    private const string AggregatesTable = "segkit_rfm_aggregates";

    private bool _aggregated;
    private int? _aggregatedWindow;

    private void Aggregate(int? windowDays)
    {
        if (_aggregated)
        {
            if (_aggregatedWindow != windowDays) throw new InvalidOperationException("a run aggregates the orders for one window");
            return;
        }
        _db.Run($"CREATE TEMPORARY TABLE {Q(AggregatesTable)} AS\n{Aggregates(windowDays)}", "--transactions-table", "check the transactions table's columns: customer_id, date, amount",
            command => command.ExecuteNonQuery());
        _aggregated = true;
        _aggregatedWindow = windowDays;
    }

    /// <summary>The measures of every customer of the table, in its row order.</summary>
    public RfmMeasures Measures(int? windowDays, MonetaryMeasure monetary)
    {
        Aggregate(windowDays);
        var n = _customers.RowCount;
        var recency = Enumerable.Repeat(double.NaN, n).ToArray();
        var frequency = new double[n];
        var total = new double[n];
        int used = 0, before = 0;
        _db.Run($"SELECT * FROM {Q(AggregatesTable)}", "--transactions-table", "check the transactions table's columns: customer_id, date, amount", command =>
        {
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var row = _customers.RowOf(reader.GetString(0));
                if (row < 0) continue; // a customer left out by --as-of: the file path drops its orders too
                recency[row] = Convert.ToDouble(reader.GetValue(1), CultureInfo.InvariantCulture);
                frequency[row] = Convert.ToDouble(reader.GetValue(2), CultureInfo.InvariantCulture);
                total[row] = reader.IsDBNull(3) ? 0 : reader.GetDouble(3);
                used += (int)frequency[row];
                before += Convert.ToInt32(reader.GetValue(4), CultureInfo.InvariantCulture);
            }
            return 0;
        });
        var money = new double[n];
        for (var r = 0; r < n; r++)
            money[r] = monetary == MonetaryMeasure.Mean && frequency[r] > 0 ? total[r] / frequency[r] : total[r];
        // Orders after the as-of date are cut as the file path's --as-of cuts them (or none exist past the last order date).
        return RfmMeasures.FromAggregates(recency, frequency, money, used, afterAsOf: 0, before);
    }

    /// <summary>The RFM model fitted in the database: cut points from SQL order statistics (or the options' own).</summary>
    public RfmModel Fit(RfmSegmenter segmenter, RfmMeasures measures)
    {
        var o = segmenter.Options;
        long buyers = measures.HasOrders.Count(h => h);
        return segmenter.Fit(_asOf, buyers, (measure, reversed) =>
        {
            var ranks = RfmScale.RanksNeeded(buyers, o.Bins);
            var values = OrderStatistics(measure, o.WindowDays, o.Monetary, ranks, buyers);
            return RfmScale.FromOrderStatistics(buyers, rank => values[rank], o.Bins, reversed);
        });
    }

    /// <summary>rank → value of one measure over the kept buyers, sorted ascending by the database.</summary>
    private Dictionary<long, double> OrderStatistics(string measure, int? windowDays, MonetaryMeasure monetary, IReadOnlyList<long> ranks, long buyers)
    {
        Aggregate(windowDays);
        var a = Q("a");
        var value = measure switch
        {
            RfmSegmenter.RecencyDays => SqlTypes.CastDouble(D, $"{a}.{Q("recency_days")}"),
            RfmSegmenter.Frequency => SqlTypes.CastDouble(D, $"{a}.{Q("frequency")}"),
            _ when monetary == MonetaryMeasure.Mean => $"{a}.{Q("total")} / {SqlTypes.CastDouble(D, $"{a}.{Q("frequency")}")}",
            _ => $"{a}.{Q("total")}",
        };
        var k = Q("k");
        var id = Q(TransactionColumns.CustomerId);
        var text = SqlTypes.Text(D);
        // Every order's customer is in the customers table (checked), so the table is read again
        // only to leave out the customers --as-of cut (signed up after it).
        var kept = KeptSignedUpBy is { } by && _customers.TryGetColumn(CustomerColumns.SignupDate, out var s) && s is DateColumn
            ? $"    JOIN {SqlIdentifier.Table(D, _customersTable)} AS {k} ON CAST({k}.{id} AS {text}) = {a}.{id}\n" +
              $"    WHERE {a}.{Q("frequency")} > 0 AND ({k}.{Q(CustomerColumns.SignupDate)} IS NULL OR CAST({k}.{Q(CustomerColumns.SignupDate)} AS DATE) <= {SqlLiteral.Date(by)})\n"
            : $"    WHERE {a}.{Q("frequency")} > 0\n";
        var sql =
            $"SELECT {Q("rn")}, {Q("v")} FROM (\n" +
            $"  SELECT {Q("v")}, ROW_NUMBER() OVER (ORDER BY {Q("v")}) AS {Q("rn")} FROM (\n" +
            $"    SELECT {value} AS {Q("v")}\n" +
            $"    FROM {Q(AggregatesTable)} AS {a}\n" + kept +
            $"  ) AS {Q("buyers")}\n" +
            $") AS {Q("ranked")}\nWHERE {Q("rn")} IN ({string.Join(", ", ranks.Select(r => SqlLiteral.Integer(r)))})";
        var values = _db.Run(sql, "--transactions-table", "check the transactions table's columns: customer_id, date, amount", command =>
        {
            var found = new Dictionary<long, double>();
            using var reader = command.ExecuteReader();
            while (reader.Read()) found[Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture)] = reader.GetDouble(1);
            return found;
        });
        if (ranks.Any(r => !values.ContainsKey(r)))
            throw new ModelException($"RFM: the database returned {values.Count} of the {ranks.Count} order statistics of {measure} for {buyers} buyers; the tables changed during the run?",
                "run segkit segment again when the tables are not being written");
        return values;
    }

    /// <summary>Per customer with an order up to the as-of date: id (text), days since the last
    /// order, orders and spend in the window (spend summed in date, then amount, order), orders before the window.</summary>
    private string Aggregates(int? windowDays)
    {
        var id = Q(TransactionColumns.CustomerId);
        var d = Q("d");
        var amount = Q("amount");
        var inWindow = windowDays is { } w ? $"{d} >= {SqlLiteral.Date(_asOf.AddDays(-w + 1))}" : "1 = 1";
        var beforeWindow = windowDays is not null ? $"{d} < {SqlLiteral.Date(_asOf.AddDays(-windowDays.Value + 1))}" : "1 = 0";
        var date = SqlTypes.CastDate(Q(TransactionColumns.Date));
        var asOf = SqlLiteral.Date(_asOf);
        return
            $"SELECT CAST({id} AS {SqlTypes.Text(D)}) AS {id},\n" +
            $"  {SqlTypes.DaysBetween(D, $"MAX({d})", asOf)} AS {Q("recency_days")},\n" +
            $"  COUNT(CASE WHEN {inWindow} THEN 1 END) AS {Q("frequency")},\n" +
            $"  SUM(CASE WHEN {inWindow} THEN {amount} END ORDER BY {d}, {amount}) AS {Q("total")},\n" +
            $"  COUNT(CASE WHEN {beforeWindow} THEN 1 END) AS {Q("before_window")}\n" +
            $"FROM (\n  SELECT {id}, {date} AS {d}, {SqlTypes.CastDouble(D, Q(TransactionColumns.Amount))} AS {amount}\n" +
            $"  FROM {SqlIdentifier.Table(D, _transactionsTable)}\n  WHERE {date} <= {asOf}\n) AS {Q("orders")}\n" +
            $"GROUP BY CAST({id} AS {SqlTypes.Text(D)})";
    }
}
