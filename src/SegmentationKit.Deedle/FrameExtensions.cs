using Deedle;
using SegmentationKit.Data;
using SegmentationKit.Profiling;

namespace SegmentationKit.Deedle;

/// <summary><c>ToFrame()</c>: the kit's tables as Deedle frames, rows keyed by customer id (or
/// segment id), one typed column per kit column. Missing values stay missing (NaN, no value).</summary>
public static class FrameExtensions
{
    /// <summary>One row per customer (key: customer id, in the table's order), one column per column of
    /// the table: numbers as <c>double</c>, categories as <c>string</c>, dates as <c>DateTime</c>
    /// (midnight), flags as <c>bool</c>.</summary>
    public static Frame<string, string> ToFrame(this CustomerTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var ids = table.CustomerIds;
        var columns = new List<KeyValuePair<string, ISeries<string>>>();
        foreach (var column in table.Columns)
        {
            ISeries<string> series = column switch
            {
                NumericColumn n => new Series<string, double>(ids, n.Values.ToArray()),
                CategoricalColumn c => Present(ids, c.Length, r => c[r]),
                DateColumn d => Present(ids, d.Length, r => d[r]?.ToDateTime(TimeOnly.MinValue)),
                BooleanColumn b => Present(ids, b.Length, r => b[r]),
                _ => Present(ids, column.Length, column.FormatInvariant),
            };
            columns.Add(new(column.Name, series));
        }
        return Build(ids, columns);
    }

    /// <summary>One row per customer: <c>segment_id</c>, <c>segment_name</c>, then the per-customer
    /// measures the method recorded (e.g. RFM's <c>r_score</c>), as <c>double</c>.</summary>
    public static Frame<string, string> ToFrame(this Segmentation segmentation)
    {
        ArgumentNullException.ThrowIfNull(segmentation);
        var ids = segmentation.CustomerIds;
        var names = segmentation.Segments.ToDictionary(s => s.Id, s => s.Name, StringComparer.Ordinal);
        var columns = new List<KeyValuePair<string, ISeries<string>>>
        {
            new("segment_id", new Series<string, string>(ids, segmentation.SegmentIds)),
            new("segment_name", new Series<string, string>(ids, segmentation.SegmentIds.Select(s => names[s]))),
        };
        foreach (var (name, values) in segmentation.CustomerMeasures.OrderBy(m => m.Key, StringComparer.Ordinal))
            columns.Add(new(name, new Series<string, double>(ids, values)));
        return Build(ids, columns);
    }

    /// <summary>The KPI table of a profile: one row per segment (key: segment id), the whole base
    /// first under the key <see cref="BaseRowKey"/>; customers, share of customers (0–1), mean ARR and
    /// share of ARR (0–1), churn rate (0–1), NPS (−100…100), median tenure (months). A KPI the data
    /// cannot give (no ARR column, no NPS answers) is missing.</summary>
    public static Frame<string, string> ToFrame(this PortfolioProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        IReadOnlyList<SegmentProfile> rows = [profile.Base, .. profile.Segments];
        var keys = rows.Select((p, i) => i == 0 ? BaseRowKey : p.SegmentId).ToArray();
        double Num(double? v) => v ?? double.NaN;
        var columns = new List<KeyValuePair<string, ISeries<string>>>
        {
            new("name", new Series<string, string>(keys, rows.Select(p => p.Name))),
            new("customers", new Series<string, double>(keys, rows.Select(p => (double)p.Customers))),
            new("share_of_customers", new Series<string, double>(keys, rows.Select(p => p.ShareOfCustomers))),
            // Active ARR (customers not churned at the as-of date); churned customers' ARR apart.
            new("mean_active_arr", new Series<string, double>(keys, rows.Select(p => Num(p.Value.Arr?.Mean)))),
            new("share_of_active_arr", new Series<string, double>(keys, rows.Select(p => Num(p.Value.Arr?.ShareOfBase)))),
            new("arr_lost_to_churn", new Series<string, double>(keys, rows.Select(p => Num(p.Value.ArrLostToChurn?.Sum)))),
            new("churn_rate", new Series<string, double>(keys, rows.Select(p => Num(p.Health.ChurnRate?.Value)))),
            new("nps", new Series<string, double>(keys, rows.Select(p => Num(p.Health.Nps?.NetPromoterScore)))),
            new("tenure_months", new Series<string, double>(keys, rows.Select(p => Num(p.TenureMonths?.Value)))),
        };
        return Build(keys, columns);
    }

    /// <summary>Row key of the whole base in a profile's frame.</summary>
    public const string BaseRowKey = "(all customers)";

    // A column with missing entries holds only its present values; joined on every key (Build), the
    // absent ones are missing.
    private static Series<string, T> Present<T>(IReadOnlyList<string> ids, int length, Func<int, T?> value)
    {
        var keys = new List<string>(length);
        var values = new List<T>(length);
        for (var r = 0; r < length; r++)
        {
            if (value(r) is not { } v) continue;
            keys.Add(ids[r]);
            values.Add(v);
        }
        return new Series<string, T>(keys, values);
    }

    private static Frame<string, string> Build(IReadOnlyList<string> keys, IEnumerable<KeyValuePair<string, ISeries<string>>> columns)
    {
        // The frame starts from the keys, so rows keep the table's order; each column joins on them.
        var frame = Frame.FromRowKeys(keys);
        foreach (var (name, series) in columns) frame.AddColumn(name, series);
        return frame;
    }
}
