using SegmentationKit.Data;

namespace SegmentationKit.Tests.Segmenters.Rfm;

/// <summary>A 12-customer order log worked out by hand (scores and segments in
/// <see cref="RfmSegmenterTests"/>), plus c13 who never ordered. Each customer's last order is
/// <c>recency</c> days before the as-of date; earlier orders follow every 7 days back; the last order
/// carries monetary − 10·(frequency − 1) and each earlier one 10, so totals are exact.</summary>
internal static class RfmWorkedExample
{
    public static readonly DateOnly AsOf = new(2024, 12, 31);

    //                      id     recency frequency monetary
    public static readonly (string Id, int Recency, int Frequency, double Monetary)[] Customers =
    [
        ("c01", 1, 10, 1200),
        ("c02", 1, 8, 900),
        ("c03", 5, 3, 150),
        ("c04", 10, 5, 600),
        ("c05", 20, 5, 400),
        ("c06", 30, 1, 80),
        ("c07", 30, 2, 300),
        ("c08", 45, 6, 700),
        ("c09", 60, 1, 50),
        ("c10", 90, 2, 120),
        ("c11", 120, 4, 800),
        ("c12", 200, 1, 60),
    ];

    public static SegmentationData Data(DateOnly? asOf = null)
    {
        var ids = Customers.Select(c => c.Id).Append("c13").ToArray();
        var table = new CustomerTable("customers (test)", ids, [CategoricalColumn.FromValues(CustomerColumns.Industry, ids.Select(_ => (string?)"Retail").ToArray())]);
        var tIds = new List<string>();
        var dates = new List<DateOnly>();
        var amounts = new List<double>();
        foreach (var (id, recency, frequency, monetary) in Customers)
            for (var k = 0; k < frequency; k++)
            {
                tIds.Add(id);
                dates.Add(AsOf.AddDays(-recency - 7 * k));
                amounts.Add(k == 0 ? monetary - 10 * (frequency - 1) : 10);
            }
        var log = new TransactionLog("orders (test)", tIds.ToArray(), dates.ToArray(), amounts.ToArray());
        return new SegmentationData(table, log, asOf ?? AsOf);
    }
}
