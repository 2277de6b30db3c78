using SegmentationKit.Data;

namespace SegmentationKit.Profiling;

/// <summary>The inputs of one profile run and the per-group KPI computations on them.</summary>
internal sealed record ProfileContext(
    CustomerTable Table,
    ProfileSettings Settings,
    DateOnly? AsOf,
    List<int> AllRows,
    Dictionary<int, double>? Revenue,
    TransactionalClv? Transactional,
    List<LocalisedText> Notes)
{
    private const double DaysPerMonth = 30.4375;

    /// <summary>A column's value as a number: booleans as 0/1; NaN when missing or not numeric.</summary>
    public static double AsNumber(Column column, int row) => column switch
    {
        NumericColumn n => n[row],
        BooleanColumn b => b[row] switch { true => 1, false => 0, null => double.NaN },
        _ => double.NaN,
    };

    private List<double>? Present(string name, List<int> rows, out int missing)
    {
        missing = 0;
        if (!Table.TryGetColumn(name, out var column) || column.Kind is not (ColumnKind.Numeric or ColumnKind.Boolean)) return null;
        var values = new List<double>(rows.Count);
        foreach (var r in rows)
        {
            var v = AsNumber(column, r);
            if (double.IsNaN(v)) missing++;
            else values.Add(v);
        }
        return values;
    }

    /// <summary>A money column summed over <paramref name="rows"/>, its share taken of the same sum
    /// over <paramref name="baseRows"/> (all rows when null).</summary>
    public AmountKpi? Amount(string name, List<int> rows, List<int>? baseRows = null)
    {
        var values = Present(name, rows, out var missing);
        if (values is null) return null;
        var over = baseRows ?? AllRows;
        var total = Total(over, name, () => Present(name, over, out _)!.Sum());
        return SegmentProfiler.AmountFrom(values, missing, total);
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(object Source, string Name), double> _totals = new();

    /// <summary>A base total every segment's share divides by (of <paramref name="source"/>, a row
    /// list or a per-customer map, by reference), computed once instead of once per segment.</summary>
    public double Total(object source, string name, Func<double> compute) => _totals.GetOrAdd((source, name), _ => compute());

    /// <summary>True when the table flags churn (a <c>churned</c> column), so active and churned
    /// customers can be told apart.</summary>
    public bool HasChurnFlag =>
        Table.TryGetColumn(CustomerColumns.Churned, out var c) && c.Kind is ColumnKind.Boolean or ColumnKind.Numeric;

    /// <summary>Whether a customer is still a customer at the as-of date: not flagged churned, or
    /// flagged with a churn date after the as-of date. An unknown flag counts as active (nothing says
    /// they left); without a churn flag every customer is active.</summary>
    public bool IsActive(int row)
    {
        if (!Table.TryGetColumn(CustomerColumns.Churned, out var churned)) return true;
        if (AsNumber(churned, row) is not 1.0) return true;
        return AsOf is { } asOf && Table.TryGetColumn(CustomerColumns.ChurnDate, out var dateColumn)
               && dateColumn is DateColumn dates && dates[row] is { } churnDate && churnDate > asOf;
    }

    public List<int> ActiveRows(List<int> rows) => rows.Where(IsActive).ToList();

    public List<int> ChurnedRows(List<int> rows) => rows.Where(r => !IsActive(r)).ToList();

    private List<int>? _activeBase;
    private List<int>? _churnedBase;

    /// <summary>The base's active rows, found once for every segment's shares.</summary>
    public List<int> ActiveBase => _activeBase ??= ActiveRows(AllRows);

    /// <summary>The base's churned rows, found once for every segment's shares.</summary>
    public List<int> ChurnedBase => _churnedBase ??= ChurnedRows(AllRows);

    public KpiValue? Mean(string name, List<int> rows)
    {
        var values = Present(name, rows, out var missing);
        return values is null ? null : new KpiValue(Stats.Mean(values), values.Count, missing);
    }

    /// <summary>Share of true among the rows with a value (booleans), or mean of a 0/1 numeric column.</summary>
    public KpiValue? BooleanShare(string name, List<int> rows) => Mean(name, rows);

    public double? ChurnRate(List<int> rows)
    {
        var k = BooleanShare(CustomerColumns.Churned, rows);
        return k is null || k.CustomerCount == 0 ? null : k.Value;
    }

    public NpsKpi? Nps(List<int> rows)
    {
        var values = Present(CustomerColumns.Nps, rows, out _);
        if (values is null) return null;
        var n = values.Count;
        if (n == 0) return new NpsKpi(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, 0, 0);
        double promoters = values.Count(v => v >= 9), detractors = values.Count(v => v <= 6);
        var passives = n - promoters - detractors;
        return new NpsKpi(Stats.Mean(values), promoters / n, passives / n, detractors / n,
            100 * (promoters - detractors) / n, rows.Count == 0 ? double.NaN : (double)n / rows.Count, n);
    }

    /// <summary>Share of trial customers (<c>trial</c> = true) who converted (<c>trial_converted</c> = true).</summary>
    public KpiValue? TrialConversion(List<int> rows)
    {
        if (!Table.TryGetColumn(CustomerColumns.TrialConverted, out var converted)) return null;
        Table.TryGetColumn(CustomerColumns.Trial, out var trial);
        var values = new List<double>();
        var missing = 0;
        foreach (var r in rows)
        {
            if (trial is not null)
            {
                var t = AsNumber(trial, r);
                if (double.IsNaN(t)) { missing++; continue; }
                if (t == 0) continue;
            }
            var v = AsNumber(converted, r);
            if (double.IsNaN(v)) { if (trial is not null) missing++; continue; }
            values.Add(v);
        }
        return new KpiValue(Stats.Mean(values), values.Count, missing);
    }

    /// <summary>Mean months from sign-up to churn date (churned customers) or to the as-of date.</summary>
    public KpiValue? TenureMonths(List<int> rows)
    {
        if (AsOf is not { } asOf || !Table.TryGetColumn(CustomerColumns.SignupDate, out var signupColumn) || signupColumn is not DateColumn signup)
            return null;
        Table.TryGetColumn(CustomerColumns.ChurnDate, out var churnColumn);
        var churnDate = churnColumn as DateColumn;
        var values = new List<double>();
        var missing = 0;
        foreach (var r in rows)
        {
            if (signup[r] is not { } start) { missing++; continue; }
            var end = churnDate?[r] is { } c && c < asOf ? c : asOf;
            values.Add(Math.Max(0, end.DayNumber - start.DayNumber) / DaysPerMonth);
        }
        return new KpiValue(Stats.Mean(values), values.Count, missing);
    }
}
