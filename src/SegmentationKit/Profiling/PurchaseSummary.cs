using System.Globalization;
using CsvHelper;
using SegmentationKit.Data;
using SegmentationKit.Errors;

namespace SegmentationKit.Profiling;

/// <summary>Builds and reads the per-customer purchase summaries BG/NBD and Gamma-Gamma rest on.</summary>
public static class PurchaseSummary
{
    public const string FrequencyColumn = "frequency";
    public const string RecencyColumn = "recency";
    public const string TColumn = "T";
    public const string MonetaryValueColumn = "monetary_value";

    /// <summary>Days in one <paramref name="unit"/>.</summary>
    public static double DaysPer(ClvTimeUnit unit) => unit == ClvTimeUnit.Weeks ? 7 : 1;

    /// <summary>Summarises a transaction log at <paramref name="asOf"/>. Orders on the same day count
    /// as one purchase (their amounts add up), as in the CLV literature; orders after the as-of date
    /// are left out. Customers are in order of first appearance in the log.</summary>
    /// <param name="leftOut">Number of transactions dated after the as-of date.</param>
    public static IReadOnlyList<PurchaseHistory> FromTransactions(TransactionLog log, DateOnly asOf, ClvTimeUnit unit, out int leftOut)
    {
        var days = DaysPer(unit);
        var dates = log.Dates;
        var amounts = log.Amounts;
        var ids = log.CustomerIds;
        // Number customers in order of first appearance, then bucket the transactions by customer
        // (a counting sort keeps log order inside each customer): flat arrays instead of a sorted
        // dictionary per customer, which at ten million transactions cost most of the time and memory.
        var numberOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        var customerOf = new int[log.Count];
        leftOut = 0;
        for (var i = 0; i < log.Count; i++)
        {
            if (dates[i] > asOf) { leftOut++; customerOf[i] = -1; continue; }
            var id = ids[i];
            if (!numberOf.TryGetValue(id, out var c))
            {
                numberOf[id] = c = order.Count;
                order.Add(id);
            }
            customerOf[i] = c;
        }
        if (order.Count == 0)
            throw new DataValidationException(log.Source, null, TransactionColumns.Date, asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                "no transaction is dated on or before the as-of date", "choose an as-of date after the first orders");
        var start = new int[order.Count + 1];
        foreach (var c in customerOf)
            if (c >= 0) start[c + 1]++;
        for (var c = 0; c < order.Count; c++) start[c + 1] += start[c];
        var next = start[..^1];
        var rows = new int[log.Count - leftOut];
        for (var i = 0; i < customerOf.Length; i++)
            if (customerOf[i] >= 0) rows[next[customerOf[i]]++] = i;
        var result = new PurchaseHistory[order.Count];
        Parallel.For(0, order.Count, () => (Days: new List<int>(), Amounts: new List<double>()), (c, _, buffers) =>
        {
            // The customer's purchase days in order, same-day amounts added in log order.
            var (purchaseDays, dayAmounts) = buffers;
            purchaseDays.Clear();
            dayAmounts.Clear();
            var span = rows.AsSpan(start[c], start[c + 1] - start[c]);
            foreach (var i in span)
            {
                var day = log.Dates[i].DayNumber;
                var at = purchaseDays.BinarySearch(day);
                if (at >= 0) dayAmounts[at] += log.Amounts[i];
                else
                {
                    purchaseDays.Insert(~at, day);
                    dayAmounts.Insert(~at, log.Amounts[i]);
                }
            }
            var first = purchaseDays[0];
            var last = purchaseDays[^1];
            var repeats = purchaseDays.Count - 1;
            double sum = 0;
            for (var k = 1; k < dayAmounts.Count; k++) sum += dayAmounts[k];
            result[c] = new PurchaseHistory(order[c], repeats, (last - first) / days, (asOf.DayNumber - first) / days,
                repeats == 0 ? double.NaN : sum / repeats);
            return buffers;
        }, _ => { });
        return result;
    }

    /// <summary>The summaries as a CSV that <see cref="ReadCsv"/> reads back
    /// (<c>customer_id,frequency,recency,T,monetary_value</c>, invariant culture, empty monetary value
    /// when there is no repeat purchase).</summary>
    public static string ToCsv(IReadOnlyList<PurchaseHistory> histories) => IO.SpreadsheetCsvWriter.ToText(csv =>
    {
        csv.Header(CustomerColumns.CustomerId, FrequencyColumn, RecencyColumn, TColumn, MonetaryValueColumn);
        foreach (var h in histories)
            csv.Text(h.CustomerId).Number(h.Frequency).Number(h.Recency).Number(h.T).Number(h.MonetaryValue).EndRow();
    });

    private static readonly string[] MeasureColumns = [FrequencyColumn, RecencyColumn, TColumn, MonetaryValueColumn];

    /// <summary>customer_id when present; else the first column, unless it is one of the measures.</summary>
    private static int IdColumn(string[] header)
    {
        var named = Array.IndexOf(header, CustomerColumns.CustomerId);
        if (named >= 0) return named;
        return header.Length > 0 && !MeasureColumns.Contains(header[0]) ? 0 : -1;
    }

    /// <summary>Reads a summary CSV (<c>customer_id,frequency,recency,T[,monetary_value]</c>, times in
    /// the unit the user states). Without a <c>customer_id</c> column the first column holds the ids,
    /// as in the files the Python <c>lifetimes</c> package writes (<c>ID,frequency,recency,T,monetary_value</c>:
    /// pandas writes the index first, named after the user's id column or unnamed). Every row is checked: frequency a whole number ≥ 0, 0 ≤ recency ≤ T,
    /// recency 0 when frequency is 0, monetary value ≥ 0 (or empty).</summary>
    public static IReadOnlyList<PurchaseHistory> ReadCsv(string path)
    {
        var (reader, header) = HeaderedCsvFile.Open(path, "write a header: customer_id,frequency,recency,T[,monetary_value]");
        using var csv = reader;
        int Index(string name, bool required)
        {
            var i = Array.IndexOf(header, name);
            if (i < 0 && required)
                throw new DataValidationException(path, 1, name, null, "required column is missing",
                    $"the header must have customer_id, frequency, recency, T and optionally monetary_value; it has: {string.Join(", ", header)}");
            return i;
        }
        int idIndex = IdColumn(header) is var first and >= 0 ? first : Index(CustomerColumns.CustomerId, true), xIndex = Index(FrequencyColumn, true),
            txIndex = Index(RecencyColumn, true), tIndex = Index(TColumn, true), mIndex = Index(MonetaryValueColumn, false);
        var result = new List<PurchaseHistory>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            try
            {
                if (!csv.Read()) break;
            }
            catch (CsvFormatException e)
            {
                throw new DataValidationException(path, e.LineNumber > 0 ? e.LineNumber : null, null, null, $"malformed CSV: {e.Message}",
                    "close every quoted value with a quote");
            }
            var line = csv.LineNumber;
            if (csv.FieldCount != header.Length)
                throw new DataValidationException(path, line, null, null, $"the row has {csv.FieldCount} fields but the header has {header.Length}",
                    "check for a missing or extra comma on this line");
            string Cell(int i) => i < 0 ? "" : IO.SpreadsheetCsv.Restore(csv.GetString(i) ?? "");
            var id = Cell(idIndex);
            if (id.Length == 0)
                throw new DataValidationException(path, line, CustomerColumns.CustomerId, null, "the customer id is empty", "give every row a customer id");
            if (!seen.Add(id))
                throw new DataValidationException(path, line, CustomerColumns.CustomerId, id, "duplicate customer id", "give each customer one row");
            var x = Number(Cell(xIndex), path, line, FrequencyColumn, required: true);
            var tx = Number(Cell(txIndex), path, line, RecencyColumn, required: true);
            var t = Number(Cell(tIndex), path, line, TColumn, required: true);
            var m = Number(Cell(mIndex), path, line, MonetaryValueColumn, required: false);
            if (x < 0 || x != Math.Floor(x))
                throw new DataValidationException(path, line, FrequencyColumn, Cell(xIndex), "frequency must be a whole number ≥ 0 (repeat purchases)", "count repeat purchases, not all purchases");
            if (t <= 0)
                throw new DataValidationException(path, line, TColumn, Cell(tIndex), "T must be > 0 (age of the customer at the end of the period)", "measure T from the first purchase to the as-of date");
            if (tx < 0 || tx > t)
                throw new DataValidationException(path, line, RecencyColumn, Cell(txIndex), $"recency must be between 0 and T ({Cell(tIndex)})", "measure recency from the first to the last purchase");
            if (x == 0 && tx != 0)
                throw new DataValidationException(path, line, RecencyColumn, Cell(txIndex), "recency must be 0 when frequency is 0", "a customer without repeat purchases has recency 0");
            if (m < 0)
                throw new DataValidationException(path, line, MonetaryValueColumn, Cell(mIndex), "monetary value must be ≥ 0", "give the mean value of the repeat purchases");
            result.Add(new PurchaseHistory(id, x, tx, t, x == 0 ? double.NaN : m));
        }
        if (result.Count == 0)
            throw new DataValidationException(path, 2, null, null, "the file has a header but no customers", "add one row per customer");
        return result;
    }

    private static double Number(string raw, string path, long line, string column, bool required)
    {
        if (string.IsNullOrEmpty(raw))
        {
            if (!required) return double.NaN;
            throw new DataValidationException(path, line, column, null, "the value is empty", $"give a number in '{column}'");
        }
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
            throw new DataValidationException(path, line, column, raw, "not a number", "write numbers with a decimal point, e.g. 12.5");
        return v;
    }
}
