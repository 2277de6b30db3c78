namespace SegmentationKit.Profiling;

/// <summary>One customer's purchase summary, the input of BG/NBD and Gamma-Gamma (the "RFM
/// summary" of the CLV literature). Times are in the summary's unit (days or weeks), measured from
/// the customer's first purchase.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="Frequency">Repeat purchases: purchase periods after the first (a customer who bought once has 0).</param>
/// <param name="Recency">Age of the customer at the last purchase (0 when <see cref="Frequency"/> is 0).</param>
/// <param name="T">Age of the customer at the as-of date (end of the observation period).</param>
/// <param name="MonetaryValue">Mean value of the repeat purchases, currency units; NaN when there is
/// none or the summary has no values.</param>
public sealed record PurchaseHistory(string CustomerId, double Frequency, double Recency, double T, double MonetaryValue);
