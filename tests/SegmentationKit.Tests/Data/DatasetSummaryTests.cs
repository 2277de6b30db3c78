using SegmentationKit.Data;

namespace SegmentationKit.Tests.Data;

public class DatasetSummaryTests
{
    [Fact]
    public void Summary_counts_missing_values_and_takes_medians_by_hand()
    {
        var table = CustomerCsv.Load(TestCsv.Write("customers.csv",
            "customer_id,arr,plan,churned,signup_date\n" +
            "A,10,Access,true,2024-01-04\n" +
            "B,,Access,false,2024-01-01\n" +
            "C,30,Premium,,2024-01-03\n" +
            "D,40,Standard,false,2024-01-02\n"));

        var s = DatasetSummary.Of(table);

        s.CustomerCount.Should().Be(4);
        s.TotalArr.Should().Be(80);
        s.TotalMrr.Should().BeNull("there is no mrr column");
        s.ChurnedCount.Should().Be(1);
        s.ChurnRate.Should().BeApproximately(1.0 / 3, 1e-15, "1 churned of 3 known; the missing one is not counted");
        var arr = s.Columns.Single(c => c.Name == "arr");
        (arr.Missing, arr.MissingShare, arr.Min, arr.Median, arr.Max).Should().Be((1, 0.25, 10.0, 30.0, 40.0));
        var plan = s.Columns.Single(c => c.Name == "plan");
        plan.Distinct.Should().Be(3);
        plan.TopValues!.Select(v => (v.Value, v.Count, v.Share)).Should().Equal(("Access", 2, 0.5), ("Premium", 1, 0.25), ("Standard", 1, 0.25));
        var signup = s.Columns.Single(c => c.Name == "signup_date");
        (signup.FirstDate, signup.MedianDate, signup.LastDate).Should().Be(
            (new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 4)));
        s.Transactions.Should().BeNull();
    }

    [Fact]
    public void Median_of_an_even_count_is_the_mean_of_the_two_middle_values()
    {
        var summary = ColumnSummary.OfNumbers("x", [4, 1, double.NaN, 3, 2], "numeric");
        summary.Median.Should().Be(2.5);
        summary.Missing.Should().Be(1);
    }
}
