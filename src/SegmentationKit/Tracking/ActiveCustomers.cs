using SegmentationKit.Data;

namespace SegmentationKit.Tracking;

/// <summary>Which customers of a base are still customers at its as-of date: not flagged
/// <c>churned</c>, or flagged with a churn date after the as-of date (the same rule as the profiles'
/// active ARR). Without a churn flag every customer is active.</summary>
public static class ActiveCustomers
{
    public static IReadOnlySet<string> Of(SegmentationData data)
    {
        var table = data.Customers;
        var active = new HashSet<string>(table.RowCount, StringComparer.Ordinal);
        table.TryGetColumn(CustomerColumns.Churned, out var flag);
        var churnDates = table.TryGetColumn(CustomerColumns.ChurnDate, out var cd) ? cd as DateColumn : null;
        for (var r = 0; r < table.RowCount; r++)
        {
            var churned = flag switch
            {
                BooleanColumn b => b[r] == true,
                NumericColumn n => n[r] == 1,
                _ => false,
            };
            if (churned && data.AsOf is { } asOf && churnDates?[r] is { } d && d > asOf) churned = false;
            if (!churned) active.Add(table.CustomerIds[r]);
        }
        return active;
    }
}
