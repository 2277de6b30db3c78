using SegmentationKit.Data;
using SegmentationKit.Features;

namespace SegmentationKit.Profiling;

/// <summary>The base's quartiles behind an account's warning signs (<see cref="AccountToWatch.WarningSigns"/>):
/// a detractor (NPS 0–6), logins per week or feature adoption below the base's first quartile, support
/// tickets above its third quartile. A column the table lacks gives no sign.</summary>
internal sealed class WarningSignThresholds
{
    private readonly List<(string Sign, Column Column, Func<double, bool> Shows)> _checks = [];

    public static WarningSignThresholds Of(CustomerTable table, List<int> allRows)
    {
        var t = new WarningSignThresholds();
        if (table.TryGetColumn(CustomerColumns.Nps, out var nps) && nps is NumericColumn)
            t._checks.Add(("detractor", nps, v => v <= 6));
        t.AddQuartile(table, allRows, CustomerColumns.LoginsPerWeek, "low_usage", 0.25, below: true);
        t.AddQuartile(table, allRows, CustomerColumns.FeatureAdoption, "low_adoption", 0.25, below: true);
        t.AddQuartile(table, allRows, CustomerColumns.SupportTickets, "many_tickets", 0.75, below: false);
        return t;
    }

    private void AddQuartile(CustomerTable table, List<int> rows, string name, string sign, double q, bool below)
    {
        if (!table.TryGetColumn(name, out var column) || column is not NumericColumn) return;
        var values = rows.Select(r => ProfileContext.AsNumber(column, r)).Where(v => !double.IsNaN(v)).ToArray();
        if (values.Length == 0) return;
        Array.Sort(values);
        var cut = Quantile.OfSorted(values, q);
        _checks.Add((sign, column, below ? v => v < cut : v => v > cut));
    }

    /// <summary>Whether customer row <paramref name="row"/> shows any sign (<see cref="Of(int)"/> not empty).</summary>
    public bool ShowsAny(int row)
    {
        foreach (var c in _checks)
            if (ProfileContext.AsNumber(c.Column, row) is var v && !double.IsNaN(v) && c.Shows(v)) return true;
        return false;
    }

    /// <summary>The signs customer row <paramref name="row"/> shows, in a fixed order.</summary>
    public IReadOnlyList<string> Of(int row) =>
        _checks.Where(c => ProfileContext.AsNumber(c.Column, row) is var v && !double.IsNaN(v) && c.Shows(v)).Select(c => c.Sign).ToList();
}
