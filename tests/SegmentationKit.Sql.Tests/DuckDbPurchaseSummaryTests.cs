using SegmentationKit.Data;
using SegmentationKit.Engines;
using SegmentationKit.Profiling;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Sql.Tests;

/// <summary>The purchase summaries DuckDB computes from the orders file equal the in-process
/// engine's (<see cref="PurchaseSummary.FromTransactions"/>) for every customer of data-samples:
/// frequency, recency and T exactly, the mean repeat spend to 1e-12 relative (the database may add
/// a customer's repeat days in another order).</summary>
public sealed class DuckDbPurchaseSummaryTests
{
    [Theory]
    [InlineData(ClvTimeUnit.Weeks, "2026-06-30")]
    [InlineData(ClvTimeUnit.Days, "2025-12-31")]
    public void DuckDb_summaries_equal_the_in_process_ones_on_data_samples(ClvTimeUnit unit, string asOfText)
    {
        var asOf = DateOnly.Parse(asOfText);
        var file = RepoPaths.Combine("data-samples", "transactions.csv");
        var expected = PurchaseSummary.FromTransactions(TransactionCsv.Load(file), asOf, unit, out var expectedLeftOut).ToDictionary(h => h.CustomerId);
        var actual = DuckDbPurchaseSummaries.FromFile(file, asOf, unit, out var leftOut);

        leftOut.Should().Be(expectedLeftOut);
        actual.Should().HaveCount(expected.Count);
        actual.Select(r => r.History.CustomerId).Should().BeInAscendingOrder(StringComparer.Ordinal);
        foreach (var row in actual)
        {
            var e = expected[row.History.CustomerId];
            row.History.Frequency.Should().Be(e.Frequency);
            row.History.Recency.Should().Be(e.Recency);
            row.History.T.Should().Be(e.T);
            if (double.IsNaN(e.MonetaryValue)) row.History.MonetaryValue.Should().Be(double.NaN);
            else row.History.MonetaryValue.Should().BeApproximately(e.MonetaryValue, 1e-12 * Math.Abs(e.MonetaryValue));
            (asOf.DayNumber - row.FirstOrder.DayNumber).Should().Be((int)Math.Round(e.T * PurchaseSummary.DaysPer(unit)));
            row.LastOrder.Should().BeOnOrBefore(asOf).And.BeOnOrAfter(row.FirstOrder);
        }
        expected.Values.Count(h => h.Frequency > 0).Should().BeGreaterThan(1000, "most sample customers buy more than once");
    }

    [Fact]
    public void A_missing_column_is_a_clear_error_naming_the_file()
    {
        var folder = RepoPaths.NewTempFolder();
        var file = Path.Combine(folder, "orders.csv");
        File.WriteAllText(file, "customer_id,when,amount\nA,2024-01-01,3\n");
        var act = () => DuckDbPurchaseSummaries.FromFile(file, new DateOnly(2024, 6, 30), ClvTimeUnit.Weeks, out _);
        act.Should().Throw<Errors.DataValidationException>().WithMessage("*orders.csv*customer_id, date*");
        Directory.Delete(folder, true);
    }
}
