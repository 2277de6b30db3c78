using SegmentationKit.Data;
using SegmentationKit.Retention;

namespace SegmentationKit.Profiling;

/// <summary>Subscription CLV from renewal history: per group (a segment, or the whole base), the
/// shifted-beta-geometric model fitted on yearly renewals from the signup and churn dates, censored
/// at the as-of date (<see cref="RenewalHistory"/>); each active customer is worth ARR × gross margin
/// × her discounted expected residual lifetime DERL(d, n), n being the whole years she has been a
/// customer (Fader &amp; Hardie 2010). Unlike ARR × margin ÷ churn, it lets retention rise with tenure,
/// so long-standing customers are not undervalued. A group whose renewals cannot be fitted (no churn,
/// or no renewal yet) has none.</summary>
internal static class SubscriptionClv
{
    /// <summary>True when the table has what the model needs: signup and churn dates, the churn flag and ARR, and an as-of date.</summary>
    public static bool HasInputs(CustomerTable table, DateOnly? asOf) =>
        asOf is not null
        && table.TryGetColumn(CustomerColumns.SignupDate, out var s) && s is DateColumn
        && table.TryGetColumn(CustomerColumns.ChurnDate, out var c) && c is DateColumn
        && table.TryGetColumn(CustomerColumns.Churned, out var f) && f.Kind is ColumnKind.Boolean or ColumnKind.Numeric
        && table.TryGetColumn(CustomerColumns.Arr, out var a) && a is NumericColumn;

    /// <summary>Per-customer CLV (active customers of <paramref name="rows"/> only) from a model fitted
    /// on <paramref name="rows"/>; null when the group's renewals cannot be fitted.</summary>
    public static Dictionary<int, double>? For(ProfileContext c, List<int> rows)
    {
        if (!HasInputs(c.Table, c.AsOf) || rows.Count == 0) return null;
        var asOf = c.AsOf!.Value;
        var group = c.Table.Select(rows);
        var counts = RenewalHistory.FromCustomers(group, asOf, RetentionPeriod.Year, null, out _).Single();
        if (counts.Lost.Sum() == 0 || counts.Customers - counts.Lost[1] - counts.Censored[0] <= 0) return null;
        var model = ShiftedBetaGeometricFitter.Fit(counts).Model;
        var arr = c.Table.Numeric(CustomerColumns.Arr);
        var signups = c.Table.Date(CustomerColumns.SignupDate);
        var result = new Dictionary<int, double>();
        var derlByYears = new Dictionary<int, double>();
        foreach (var r in rows)
        {
            if (!c.IsActive(r) || signups[r] is not { } signup || signup > asOf) continue;
            var years = RenewalHistory.WholePeriods(signup, asOf, RetentionPeriod.Year);
            if (!derlByYears.TryGetValue(years, out var derl))
                derlByYears[years] = derl = model.DiscountedExpectedResidualLifetime(c.Settings.AnnualDiscountRate, years);
            result[r] = arr[r] * c.Settings.GrossMargin * derl;
        }
        return result;
    }
}
