using System.Globalization;
using SegmentationKit.Data;
using SegmentationKit.Segmenters.Rfm;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Tests.Segmenters.Rfm;

/// <summary>RFM scores equal those of the R package rfm 0.3.0 in every case, values lying exactly on
/// a quantile included. The reference is TestData/rfm-r/rfm_scores.csv, written by R 4.2.2 running
/// rfm_scores.R beside it: rfm 0.3.0's binning (rsquaredacademy/rfm, R/utils.R and
/// R/rfm-table-transaction.R) transcribed in base R, so R's own <c>seq</c> and <c>quantile</c> do
/// the arithmetic. R's <c>seq(0, 1, length.out = 6)</c> holds 3 · 0.2 = 0.6000000000000001, not 0.6,
/// and when (n − 1)·p is a whole number that ulp moves the type-7 cut above the value lying on it.</summary>
public class RfmMatchesRTests
{
    private sealed record Row(string Case, int Bins, double Recency, double Frequency, double Monetary, int R, int F, int M);

    private static readonly Lazy<IReadOnlyList<Row>> Reference = new(() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "TestData", "rfm-r", "rfm_scores.csv")).Skip(1)
            .Select(line => line.Split(','))
            .Select(p => new Row(p[0], int.Parse(p[1], CultureInfo.InvariantCulture),
                D(p[3]), D(p[4]), D(p[5]),
                int.Parse(p[6], CultureInfo.InvariantCulture), int.Parse(p[7], CultureInfo.InvariantCulture), int.Parse(p[8], CultureInfo.InvariantCulture)))
            .ToList());

    private static double D(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    [Fact]
    public void R_seq_gives_one_ulp_above_three_fifths_and_the_kit_uses_it()
    {
        RfmScale.RSeqProbability(3, 5).Should().Be(0.6000000000000001);
        RfmScale.RSeqProbability(3, 10).Should().Be(0.30000000000000004);
        RfmScale.RSeqProbability(6, 10).Should().Be(0.6000000000000001);
        RfmScale.RSeqProbability(7, 10).Should().Be(0.7000000000000001);
        RfmScale.RSeqProbability(2, 5).Should().Be(0.4);
    }

    [Fact]
    public void Customer_14_of_the_21_customer_ladder_scores_f3_as_in_R()
    {
        var ladder = Enumerable.Range(1, 21).Select(i => (double)i).ToArray();
        var scale = RfmScale.FromQuantiles(ladder, 5, reversed: false);

        // index = 1 + 20 · 0.6000000000000001 = 13.000000000000002 > 13, so the cut interpolates a
        // hair above 13 + 1 = 14 and the customer on 14 stays in bin 3.
        scale.Cuts[2].Should().BeGreaterThan(14.0);
        scale.Score(14).Should().Be(3);
        scale.Score(15).Should().Be(4);
        Reference.Value.Single(r => r.Case == "ladder21" && r.Frequency == 14).F.Should().Be(3);
    }

    [Fact]
    public void Every_reference_case_scores_exactly_as_R()
    {
        var mismatches = new List<string>();
        var cases = Reference.Value.GroupBy(r => r.Case).ToList();
        cases.Should().HaveCount(203);
        foreach (var c in cases)
        {
            var rows = c.ToList();
            var bins = rows[0].Bins;
            var r = RfmScale.FromQuantiles(rows.Select(x => x.Recency).ToArray(), bins, reversed: true);
            var f = RfmScale.FromQuantiles(rows.Select(x => x.Frequency).ToArray(), bins, reversed: false);
            var m = RfmScale.FromQuantiles(rows.Select(x => x.Monetary).ToArray(), bins, reversed: false);
            for (var i = 0; i < rows.Count; i++)
            {
                var row = rows[i];
                var got = (r.Score(row.Recency), f.Score(row.Frequency), m.Score(row.Monetary));
                if (got != (row.R, row.F, row.M))
                    mismatches.Add($"{c.Key} customer {i + 1}: kit {got}, R {(row.R, row.F, row.M)}");
            }
        }
        mismatches.Should().BeEmpty();
    }

    [Fact]
    public void The_segmenter_scores_the_ladder_from_an_order_log_as_R()
    {
        // Customer i has i orders, the last one i days before the as-of date, and i units of spend.
        var asOf = new DateOnly(2024, 12, 31);
        var ids = Enumerable.Range(1, 21).Select(i => $"c{i:00}").ToArray();
        var customers = new CustomerTable("ladder (test)", ids, []);
        var tIds = new List<string>();
        var dates = new List<DateOnly>();
        var amounts = new List<double>();
        for (var i = 1; i <= 21; i++)
            for (var k = 0; k < i; k++)
            {
                tIds.Add(ids[i - 1]);
                dates.Add(asOf.AddDays(-i - 30 * k));
                amounts.Add(1);
            }
        var data = new SegmentationData(customers, new TransactionLog("ladder orders (test)", tIds.ToArray(), dates.ToArray(), amounts.ToArray()), asOf);

        var model = new RfmSegmenter().Fit(data);
        var expected = Reference.Value.Where(r => r.Case == "ladder21").ToList();
        for (var i = 0; i < 21; i++)
        {
            var row = expected[i];
            (model.Recency.Score(i + 1), model.Frequency.Score(i + 1), model.MonetaryScale.Score(i + 1))
                .Should().Be((row.R, row.F, row.M), $"customer {i + 1}");
        }
    }
}
