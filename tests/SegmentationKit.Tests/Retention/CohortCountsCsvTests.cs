using SegmentationKit.Errors;
using SegmentationKit.Retention;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Tests.Retention;

public class CohortCountsCsvTests
{
    private static string Write(string text)
    {
        var path = Path.Combine(RepoPaths.NewTempFolder(), "counts.csv");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Reads_cohorts_in_file_order_with_lost_and_censored_counts()
    {
        var c = CohortCountsCsv.Read(Write("cohort,period,active\nb,0,10\nb,1,7\na,0,5\nb,2,6\na,1,5\n"));
        c.Select(x => x.Name).Should().Equal("b", "a");
        c[0].Lost.Should().Equal(0, 3, 1);
        c[0].Censored.Should().Equal(0, 0, 6);
        c[0].Customers.Should().Be(10);
    }

    [Theory]
    [InlineData("cohort,period,active\na,1,10\n", "*counts.csv:2, column 'period': cohort 'a' does not start at period 0*Fix:*")]
    [InlineData("cohort,period,active\na,0,10\na,2,8\n", "*counts.csv:3, column 'period': cohort 'a' skips from period 0 to 2*")]
    [InlineData("cohort,period,active\na,0,10\na,1,8\na,1,8\n", "*counts.csv:4*period 1 of cohort 'a' is given twice or out of order*")]
    [InlineData("cohort,period,active\na,0,10\na,1,11\n", "*counts.csv:3, column 'active': cohort 'a' has more active customers in period 1 than in period 0 (10)*never increases*")]
    [InlineData("cohort,period,active\na,0,10\na,1,x\n", "*counts.csv:3, column 'active': not a whole number*(value 'x')*")]
    [InlineData("cohort,period,active\na,0,10\n", "*counts.csv:2*cohort 'a' has only its starting count*")]
    [InlineData("cohort,period\na,0\n", "*counts.csv:1, column 'active': required column is missing*")]
    [InlineData("cohort,period,active\n", "*the file has no rows*")]
    public void Bad_counts_name_the_file_line_and_fix(string text, string message)
    {
        var read = () => CohortCountsCsv.Read(Write(text));
        read.Should().Throw<DataValidationException>().WithMessage(message);
    }
}
