using System.Text.Json;
using SegmentationKit.Data;
using SegmentationKit.Errors;

namespace SegmentationKit.Segmenters.ValueTiers;

/// <summary>The concentration of revenue: the share held by the top 1, 5, 10, 20 and 50 % of
/// customers. Customers without a value are counted apart and left out of n.</summary>
/// <param name="Column">Value column, e.g. arr (currency units per year).</param>
/// <param name="Customers">Customers with a value.</param>
/// <param name="CustomersWithoutValue">Customers whose value is missing.</param>
/// <param name="TotalRevenue">Sum of the values, currency units.</param>
public sealed record ParetoSummary(string Column, int Customers, int CustomersWithoutValue, double TotalRevenue, IReadOnlyList<ParetoPoint> Points)
{
    public static IReadOnlyList<double> DefaultShares { get; } = [0.01, 0.05, 0.10, 0.20, 0.50];

    public static ParetoSummary Compute(CustomerTable customers, string column = CustomerColumns.Arr, IReadOnlyList<double>? topShares = null)
    {
        var col = customers.Numeric(column);
        var values = col.PresentValues();
        if (values.Length == 0)
            throw new ModelException($"Pareto summary: column '{column}' has no values in {customers.Source}. Fix: fill it, or choose another column");
        Array.Sort(values);
        Array.Reverse(values);
        var total = values.Sum();
        if (!(total > 0))
            throw new ModelException($"Pareto summary: the total of '{column}' is {total}, so revenue shares mean nothing. Fix: use a revenue column with positive values");
        var points = new List<ParetoPoint>();
        foreach (var p in topShares ?? DefaultShares)
        {
            if (!(p > 0 && p <= 1)) throw new ConfigurationException(null, "pareto.top_shares", $"{p} is not a share in (0, 1]", "give shares between 0 and 1, e.g. 0.01 for the top 1 %");
            // The small tolerance keeps 0.1 × 10 at one customer despite binary rounding.
            var k = Math.Max(1, (int)Math.Ceiling(p * values.Length - 1e-9));
            var sum = 0.0;
            for (var i = 0; i < k; i++) sum += values[i];
            points.Add(new ParetoPoint(p, k, sum / total));
        }
        return new ParetoSummary(column, values.Length, col.MissingCount, total, points);
    }

    public string ToJson() => JsonSerializer.Serialize(this, SegmentationJson.Options);

    public static ParetoSummary FromJson(string json) =>
        JsonSerializer.Deserialize<ParetoSummary>(json, SegmentationJson.Options) ?? throw new ModelException("empty Pareto JSON", "save the model again with the kit (ToJson)");
}
