using SegmentationKit.Data;
using SegmentationKit.Errors;

namespace SegmentationKit.Segmenters.Rfm;

/// <summary>Recency, frequency and monetary value of every customer of a table at an as-of date,
/// in customer-table row order. Customers with no order in the window have frequency 0, monetary 0
/// and <see cref="HasOrders"/> false; their recency is the days since their last order before the
/// window, or NaN if they never ordered.</summary>
public sealed class RfmMeasures
{
    private RfmMeasures(double[] recencyDays, double[] frequency, double[] monetary, bool[] hasOrders, int used, int afterAsOf, int beforeWindow)
    {
        RecencyDays = recencyDays;
        Frequency = frequency;
        Monetary = monetary;
        HasOrders = hasOrders;
        TransactionsUsed = used;
        TransactionsAfterAsOf = afterAsOf;
        TransactionsBeforeWindow = beforeWindow;
    }

    /// <summary>Days from the last order to the as-of date.</summary>
    public double[] RecencyDays { get; }
    /// <summary>Number of orders in the window.</summary>
    public double[] Frequency { get; }
    /// <summary>Total or mean spend in the window, currency units.</summary>
    public double[] Monetary { get; }
    public bool[] HasOrders { get; }
    public int TransactionsUsed { get; }
    /// <summary>Orders dated after the as-of date: not counted, and reported so none goes unnoticed.</summary>
    public int TransactionsAfterAsOf { get; }
    public int TransactionsBeforeWindow { get; }

    /// <summary>Measures aggregated elsewhere (a database), in customer-table row order: a customer
    /// has orders when its frequency is above 0.</summary>
    public static RfmMeasures FromAggregates(double[] recencyDays, double[] frequency, double[] monetary, int used, int afterAsOf, int beforeWindow) =>
        new(recencyDays, frequency, monetary, frequency.Select(f => f > 0).ToArray(), used, afterAsOf, beforeWindow);

    /// <summary>Aggregates the log. A transaction whose customer is not in the table is an error,
    /// never a silent drop.</summary>
    public static RfmMeasures Compute(CustomerTable customers, TransactionLog log, DateOnly asOf, int? windowDays, MonetaryMeasure monetary)
    {
        var n = customers.RowCount;
        var last = new int[n];
        var lastEver = new int[n];
        Array.Fill(last, int.MinValue);
        Array.Fill(lastEver, int.MinValue);
        var count = new double[n];
        var total = new double[n];
        var asOfDay = asOf.DayNumber;
        var firstDay = windowDays is { } w ? asOfDay - w + 1 : int.MinValue;
        int used = 0, after = 0, before = 0;
        var dates = log.Dates;
        var amounts = log.Amounts;
        var ids = log.CustomerIds;
        // Logs are usually grouped by customer, so remembering the previous lookup saves most hashing.
        string? previousId = null;
        var row = -1;
        for (var i = 0; i < log.Count; i++)
        {
            var id = ids[i];
            if (!ReferenceEquals(id, previousId) && id != previousId)
            {
                row = customers.RowOf(id);
                if (row < 0)
                    throw new DataValidationException(log.Source, null, TransactionColumns.CustomerId, id,
                        "a transaction belongs to a customer who is not in the customer table",
                        "add the customer to the customer file or remove their transactions");
                previousId = id;
            }
            var day = dates[i].DayNumber;
            if (day > asOfDay) { after++; continue; }
            if (day > lastEver[row]) lastEver[row] = day;
            if (day < firstDay) { before++; continue; }
            used++;
            count[row]++;
            total[row] += amounts[i];
            if (day > last[row]) last[row] = day;
        }
        var recency = new double[n];
        var money = new double[n];
        var has = new bool[n];
        for (var r = 0; r < n; r++)
        {
            has[r] = count[r] > 0;
            recency[r] = lastEver[r] == int.MinValue ? double.NaN : asOfDay - lastEver[r];
            money[r] = monetary == MonetaryMeasure.Mean && has[r] ? total[r] / count[r] : total[r];
        }
        return new RfmMeasures(recency, count, money, has, used, after, before);
    }
}
