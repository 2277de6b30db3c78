using System.Globalization;
using SegmentationKit.Data;
using SegmentationKit.Errors;

namespace SegmentationKit.Tracking;

/// <summary>The base as it was known on a date: what a segmentation made that day would have seen.
/// <list type="bullet">
/// <item>Customers: those whose <c>signup_date</c> is on or before the date (a customer without a
/// sign-up date is kept: nothing says they came later; without the column every customer is kept).</item>
/// <item>Transactions: those dated on or before the date, of the customers kept.</item>
/// <item>Churn: a customer whose <c>churn_date</c> is after the date was still a customer then, so
/// <c>churned</c> becomes false and the churn date missing. A churned customer without a churn date
/// stays churned (nothing says when they left).</item>
/// <item>Every other date column (e.g. a last-activity date): a value after the date becomes missing,
/// as that event had not happened yet.</item>
/// <item>Columns without history (plan, ARR, seats, usage, NPS, survey answers…) are used as they
/// are: the file holds only their current state (docs/tracking.md lists them).</item>
/// </list></summary>
public static class PointInTime
{
    /// <summary>The base <paramref name="data"/> truncated to <paramref name="asOf"/>, with that as-of
    /// date. Never mutates its input; the tables keep their source names for messages.</summary>
    /// <exception cref="ConfigurationException">No customer had signed up by the date.</exception>
    public static SegmentationData Truncate(SegmentationData data, DateOnly asOf)
    {
        var customers = data.Customers;
        var signup = customers.TryGetColumn(CustomerColumns.SignupDate, out var s) ? s as DateColumn : null;
        var rows = new List<int>(customers.RowCount);
        for (var r = 0; r < customers.RowCount; r++)
            if (signup?[r] is not { } d || d <= asOf) rows.Add(r);
        if (rows.Count == 0)
            throw new ConfigurationException(null, "--as-of",
                $"no customer of {customers.Source} had signed up by {Iso(asOf)} (the first signed up on {Iso(FirstSignup(signup!))})",
                "give an as-of date on or after the first sign-up date");

        var churnDates = customers.TryGetColumn(CustomerColumns.ChurnDate, out var cd) ? cd as DateColumn : null;
        var columns = new List<Column>(customers.Columns.Count);
        foreach (var column in customers.Columns)
        {
            var kept = column.Select(rows);
            columns.Add(column.Name switch
            {
                CustomerColumns.SignupDate => kept,
                CustomerColumns.Churned => ChurnFlagAt(kept, churnDates is null ? null : (DateColumn)churnDates.Select(rows), asOf),
                _ when kept is DateColumn dates => HappenedBy(dates, asOf),
                _ => kept,
            });
        }
        var table = new CustomerTable(customers.Source, rows.Select(r => customers.CustomerIds[r]).ToArray(), columns) { Encoding = customers.Encoding };
        return new SegmentationData(table, data.Transactions is { } log ? TransactionsBy(log, table, asOf) : null, asOf);
    }

    /// <summary>The churn flag on the date: true only for customers whose churn date is on or before it
    /// (or unknown); a 0/1 numeric flag stays numeric.</summary>
    private static Column ChurnFlagAt(Column flag, DateColumn? churnDates, DateOnly asOf)
    {
        bool StillActive(int row) => churnDates?[row] is { } d && d > asOf;
        switch (flag)
        {
            case BooleanColumn b:
            {
                var values = new bool?[b.Length];
                for (var r = 0; r < values.Length; r++) values[r] = b[r] == true && StillActive(r) ? false : b[r];
                return new BooleanColumn(b.Name, values);
            }
            case NumericColumn n:
            {
                var values = new double[n.Length];
                for (var r = 0; r < values.Length; r++) values[r] = n[r] == 1 && StillActive(r) ? 0 : n[r];
                return new NumericColumn(n.Name, values);
            }
            default:
                return flag;
        }
    }

    private static DateColumn HappenedBy(DateColumn dates, DateOnly asOf)
    {
        var values = new DateOnly?[dates.Length];
        for (var r = 0; r < values.Length; r++) values[r] = dates[r] is { } d && d <= asOf ? d : null;
        return new DateColumn(dates.Name, values);
    }

    private static TransactionLog TransactionsBy(TransactionLog log, CustomerTable customers, DateOnly asOf)
    {
        var rows = new List<int>(log.Count);
        var dates = log.Dates;
        for (var i = 0; i < log.Count; i++)
            if (dates[i] <= asOf && customers.RowOf(log.CustomerIds[i]) >= 0) rows.Add(i);
        return new TransactionLog(log.Source,
            rows.Select(i => log.CustomerIds[i]).ToArray(),
            rows.Select(i => log.Dates[i]).ToArray(),
            rows.Select(i => log.Amounts[i]).ToArray(),
            log.Columns.Select(c => c.Select(rows)).ToArray()) { Encoding = log.Encoding };
    }

    private static DateOnly FirstSignup(DateColumn signup)
    {
        var first = DateOnly.MaxValue;
        foreach (var d in signup.Values) if (d is { } x && x < first) first = x;
        return first;
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
