using SegmentationKit.Data;
using SegmentationKit.Errors;

namespace SegmentationKit.Segmenters.Lifecycle;

/// <summary>What the lifecycle stages are decided on, for one customer at the reference date. A
/// signal the data cannot give is NaN (numbers) or false (flags), and then no stage rests on it.</summary>
/// <param name="SignedUp">The signup date is on or before the reference date.</param>
/// <param name="Churned">Flagged <c>churned</c> with a churn date on or before the reference date (or no churn date).</param>
/// <param name="TenureDays">Days from <c>signup_date</c> to the reference date.</param>
/// <param name="WeeklyActiveUsers"><c>weekly_active_users</c>.</param>
/// <param name="LoginsPerWeek"><c>logins_per_week</c> (per active user).</param>
/// <param name="FeatureAdoption"><c>feature_adoption</c>, share 0–1.</param>
/// <param name="SeatUsage"><c>weekly_active_users</c> ÷ <c>seats</c>, share (may exceed 1).</param>
/// <param name="Nps"><c>nps</c> answer 0–10, NaN when unanswered.</param>
/// <param name="RevenueChange">From transactions: revenue of the 365 days to the reference date ÷
/// revenue of the 365 days before − 1; NaN with a tenure under two years or no revenue in the earlier year.</param>
/// <param name="Lapsed">From transactions and <c>billing_period</c>: no invoice for longer than the
/// billing interval plus the grace period before the reference date.</param>
/// <param name="ReactivatedRecently">From transactions and <c>billing_period</c>: invoicing resumed after such a lapse, recently.</param>
public sealed record LifecycleSignals(
    bool SignedUp,
    bool Churned,
    double TenureDays,
    double WeeklyActiveUsers = double.NaN,
    double LoginsPerWeek = double.NaN,
    double FeatureAdoption = double.NaN,
    double SeatUsage = double.NaN,
    double Nps = double.NaN,
    double RevenueChange = double.NaN,
    bool Lapsed = false,
    bool ReactivatedRecently = false)
{
    /// <summary>Days between recurring invoices by <c>billing_period</c>: the longest month and the longest year.</summary>
    public static int? BillingIntervalDays(string? billingPeriod) => billingPeriod switch
    {
        "monthly" => 31,
        "annual" => 366,
        _ => null,
    };

    /// <summary>The signals of every customer of <paramref name="data"/> at <paramref name="asOf"/>;
    /// <paramref name="missing"/> names the columns (or the transaction log) that were absent, so a
    /// reader knows which stages could not be reached.</summary>
    public static LifecycleSignals[] Compute(SegmentationData data, DateOnly asOf, LifecycleOptions options, out IReadOnlyList<string> missing)
    {
        var table = data.Customers;
        var absent = new List<string>();
        if (!table.TryGetColumn(CustomerColumns.SignupDate, out var sc) || sc is not DateColumn signups)
            throw new DataValidationException(table.Source, 1, CustomerColumns.SignupDate, null, "lifecycle stages need each customer's signup date as a date column",
                "add a signup_date column (YYYY-MM-DD), or map yours to it with --mapping");
        double[]? Numbers(string name)
        {
            if (table.TryGetColumn(name, out var c) && c is NumericColumn n) return n.Values.ToArray();
            absent.Add(name);
            return null;
        }
        var wau = Numbers(CustomerColumns.WeeklyActiveUsers);
        var logins = Numbers(CustomerColumns.LoginsPerWeek);
        var adoption = Numbers(CustomerColumns.FeatureAdoption);
        var seats = Numbers(CustomerColumns.Seats);
        var nps = Numbers(CustomerColumns.Nps);
        table.TryGetColumn(CustomerColumns.Churned, out var churned);
        if (churned is null) absent.Add(CustomerColumns.Churned);
        var churnDates = table.TryGetColumn(CustomerColumns.ChurnDate, out var cd) ? cd as DateColumn : null;
        var billing = table.TryGetColumn(CustomerColumns.BillingPeriod, out var bp) ? bp as CategoricalColumn : null;
        var log = data.Transactions;
        if (log is null) absent.Add("transactions");
        else if (billing is null) absent.Add(CustomerColumns.BillingPeriod);
        var rowsByCustomer = log?.RowsByCustomer();

        var result = new LifecycleSignals[table.RowCount];
        for (var i = 0; i < result.Length; i++)
        {
            var signup = signups[i] ?? throw new DataValidationException(table.Source, i + 2, CustomerColumns.SignupDate, null,
                $"customer {table.CustomerIds[i]} has no signup date", "give every customer a signup date");
            var isChurned = churned is not null && IsTrue(churned, i, table.Source) && !(churnDates?[i] is { } when && when > asOf);
            double V(double[]? column) => column is null ? double.NaN : column[i];
            var seatUsage = wau is null || seats is null || !(seats[i] > 0) ? double.NaN : wau[i] / seats[i];
            double revenueChange = double.NaN;
            bool lapsed = false, reactivated = false;
            if (log is not null && rowsByCustomer!.TryGetValue(table.CustomerIds[i], out var rows))
            {
                var dates = rows.Select(r => log.Dates[r]).ToArray();
                var amounts = rows.Select(r => log.Amounts[r]).ToArray();
                revenueChange = RevenueChangeOf(dates, amounts, signup, asOf);
                if (billing is not null && BillingIntervalDays(billing.Codes[i] < 0 ? null : billing.Levels[billing.Codes[i]]) is { } interval)
                    (lapsed, reactivated) = Lapses(dates, asOf, signup, interval + options.LapseGraceDays, options.ReactivatedWithinDays);
            }
            result[i] = new LifecycleSignals(signup <= asOf, isChurned, asOf.DayNumber - signup.DayNumber, V(wau), V(logins), V(adoption), seatUsage, V(nps),
                revenueChange, lapsed, reactivated);
        }
        missing = absent;
        return result;
    }

    /// <summary>Revenue of (asOf − 365, asOf] ÷ revenue of (asOf − 730, asOf − 365] − 1, from a
    /// customer signed up at least 730 days before; transactions after the reference date do not exist yet.</summary>
    internal static double RevenueChangeOf(DateOnly[] dates, double[] amounts, DateOnly signup, DateOnly asOf)
    {
        if (asOf.DayNumber - signup.DayNumber < 730) return double.NaN;
        double last = 0, previous = 0;
        for (var k = 0; k < dates.Length; k++)
        {
            var age = asOf.DayNumber - dates[k].DayNumber;
            if (age < 0) continue;
            if (age < 365) last += amounts[k];
            else if (age < 730) previous += amounts[k];
        }
        return previous > 0 ? last / previous - 1 : double.NaN;
    }

    /// <summary>Lapsed: the last invoice up to the reference date is more than <paramref name="maxGap"/>
    /// days old (or there is none and the customer is older than that). Reactivated: two invoices more
    /// than <paramref name="maxGap"/> days apart, the later one within <paramref name="recentDays"/>
    /// days of the reference date.</summary>
    internal static (bool Lapsed, bool Reactivated) Lapses(DateOnly[] dates, DateOnly asOf, DateOnly signup, int maxGap, int recentDays)
    {
        var known = dates.Where(d => d <= asOf).Order().ToArray();
        if (known.Length == 0) return (asOf.DayNumber - signup.DayNumber > maxGap, false);
        var lapsed = asOf.DayNumber - known[^1].DayNumber > maxGap;
        var reactivated = false;
        for (var k = 1; k < known.Length && !lapsed; k++)
            if (known[k].DayNumber - known[k - 1].DayNumber > maxGap && asOf.DayNumber - known[k].DayNumber <= recentDays)
                reactivated = true;
        return (lapsed, reactivated);
    }

    private static bool IsTrue(Column column, int row, string source) => column switch
    {
        BooleanColumn b => b[row] == true,
        NumericColumn n => n[row] == 1,
        _ => throw new DataValidationException(source, null, CustomerColumns.Churned, null, "the churned column must hold true/false", "write true or false"),
    };
}
