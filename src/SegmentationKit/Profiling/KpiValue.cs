namespace SegmentationKit.Profiling;

/// <summary>One KPI with the number of customers it was computed on. A KPI whose column is absent
/// from the data is not a zero <see cref="KpiValue"/>: the property holding it is null. Customers with
/// a missing value are left out of <see cref="Value"/> and counted in <see cref="MissingCount"/>.</summary>
/// <param name="Value">The value, in the unit the property documents (share 0–1, count, months, …).</param>
/// <param name="CustomerCount">Customers the value was computed on (those with a value).</param>
/// <param name="MissingCount">Customers of the group left out because their value is missing.</param>
public sealed record KpiValue(double Value, int CustomerCount, int MissingCount = 0);
