using System.Globalization;
using SegmentationKit.Data;
using SegmentationKit.Errors;
using SegmentationKit.Profiling;

namespace SegmentationKit.Retention;

/// <summary>Builds <see cref="RenewalCounts"/> per group from each customer's signup and churn dates,
/// as they were known at a reference (as-of) date.
/// <para>Periods run from the signup date: period k is [signup + k periods, signup + k + 1 periods)
/// (calendar months or years). A customer whose churn date falls in period k did not renew for
/// period k + 1, so her T is k + 1. The reference date ends every observation: a customer signed up
/// for a whole number of periods n by then is observed for n periods — lost at T when T ≤ n, else
/// still active after n periods (right-censored at n). A churn inside the current, unfinished period
/// counts as "active after n periods", as the customers of that age who have not yet left do: counting
/// it as a loss would over-state churn, because the stayers of that period are not known yet.
/// Customers who signed up after the reference date are left out; a churn dated after it has not happened.</para></summary>
public static class RenewalHistory
{
    /// <param name="groups">Group (segment) of each row, or null for one group named "all".</param>
    /// <param name="leftOut">Churned customers without a churn date (their T is unknown), and customers
    /// who signed up after <paramref name="asOf"/>, left out.</param>
    public static IReadOnlyList<RenewalCounts> FromCustomers(CustomerTable table, DateOnly asOf, RetentionPeriod period,
        IReadOnlyList<string>? groups, out int leftOut)
    {
        if (groups is not null && groups.Count != table.RowCount) throw new ArgumentException("one group per customer row");
        if (!table.TryGetColumn(CustomerColumns.SignupDate, out var signupColumn) || signupColumn is not DateColumn signups)
            throw new DataValidationException(table.Source, 1, CustomerColumns.SignupDate, null, "retention needs each customer's signup date as a date column",
                "add a signup_date column (YYYY-MM-DD), or map yours to it with --mapping");
        table.TryGetColumn(CustomerColumns.Churned, out var churnedColumn);
        var churnDates = table.TryGetColumn(CustomerColumns.ChurnDate, out var c) ? c as DateColumn : null;
        if (churnedColumn is not null && churnDates is null)
            throw new DataValidationException(table.Source, 1, CustomerColumns.ChurnDate, null, "the churned flag needs a churn date column to place each churn in a period",
                "add churn_date (YYYY-MM-DD) for the churned customers");

        var order = new List<string>();
        var lost = new Dictionary<string, List<long>>(StringComparer.Ordinal);
        var censored = new Dictionary<string, List<long>>(StringComparer.Ordinal);
        leftOut = 0;
        for (var row = 0; row < table.RowCount; row++)
        {
            var group = groups?[row] ?? "all";
            if (!lost.ContainsKey(group))
            {
                order.Add(group);
                lost[group] = [0];
                censored[group] = [0];
            }
            if (signups[row] is not { } signup)
                throw new DataValidationException(table.Source, row + 2, CustomerColumns.SignupDate, null, $"customer {table.CustomerIds[row]} has no signup date",
                    "give every customer a signup date");
            if (signup > asOf) { leftOut++; continue; }
            var observed = WholePeriods(signup, asOf, period);
            var churned = churnedColumn is not null && IsTrue(churnedColumn, row, table.Source);
            var churnDate = churnDates?[row];
            if (churned && churnDate is null) { leftOut++; continue; }
            if (churned && churnDate!.Value < signup)
                throw new DataValidationException(table.Source, row + 2, CustomerColumns.ChurnDate, churnDate.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    $"customer {table.CustomerIds[row]} churned before signing up", "check the signup and churn dates");
            if (churned && churnDate!.Value <= asOf)
            {
                var t = WholePeriods(signup, churnDate.Value, period) + 1;
                if (t <= observed) { Add(lost[group], t); continue; }
            }
            Add(censored[group], observed);
        }
        return order.Select(g =>
        {
            var n = Math.Max(lost[g].Count, censored[g].Count);
            Pad(lost[g], n);
            Pad(censored[g], n);
            return new RenewalCounts(g, lost[g], censored[g]);
        }).ToList();
    }

    /// <summary>Whole calendar periods from <paramref name="from"/> to <paramref name="to"/> (a month
    /// from 31 January ends on the last day of February).</summary>
    public static int WholePeriods(DateOnly from, DateOnly to, RetentionPeriod period)
    {
        var months = (to.Year - from.Year) * 12 + to.Month - from.Month;
        if (from.AddMonths(months) > to) months--;
        return period == RetentionPeriod.Year ? months / 12 : months;
    }

    private static bool IsTrue(Column column, int row, string source) => column switch
    {
        BooleanColumn b => b[row] == true,
        NumericColumn n => n[row] == 1,
        _ => throw new DataValidationException(source, null, CustomerColumns.Churned, null, "the churned column must be true/false", "write true or false"),
    };

    private static void Add(List<long> counts, int t)
    {
        Pad(counts, t + 1);
        counts[t]++;
    }

    private static void Pad(List<long> counts, int n)
    {
        while (counts.Count < n) counts.Add(0);
    }
}
