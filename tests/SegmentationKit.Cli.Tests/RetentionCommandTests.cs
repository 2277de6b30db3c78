using System.Text.Json;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Cli.Tests;

public class RetentionCommandTests
{
    private static readonly string PaperCounts = RepoPaths.Combine("data-samples", "fader-hardie-2007", "counts.csv");

    [Fact]
    public void Retention_on_the_papers_counts_writes_the_papers_estimates_in_the_issues_shape()
    {
        var dir = RepoPaths.NewTempFolder("segkit-retention");
        var r = CliRunner.Run(dir, "retention", "--counts", PaperCounts, "--horizon", "12", "--discount-rate", "0.1", "--out", "out");

        r.ExitCode.Should().Be(0, r.ToString());
        var root = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "out", "retention.json"))).RootElement;
        var cohorts = root.GetProperty("cohorts").EnumerateArray().ToDictionary(c => c.GetProperty("cohort").GetString()!);
        var high = cohorts["high_end"];
        Math.Round(high.GetProperty("alpha").GetDouble(), 3).Should().Be(0.668);
        Math.Round(high.GetProperty("beta").GetDouble(), 3).Should().Be(3.806);
        high.GetProperty("log_likelihood").GetDouble().Should().BeApproximately(-1611.16, 0.005);
        var survival = high.GetProperty("survival").EnumerateArray().Select(x => x.GetDouble()).ToArray();
        survival.Should().HaveCount(13);
        survival[0].Should().Be(1.0);
        survival[12].Should().BeApproximately(0.378, 0.0005);
        high.GetProperty("retention_rate").GetArrayLength().Should().Be(12);
        high.GetProperty("expected_residual_lifetime").GetDouble().Should().BeApproximately(7.5296, 0.0001);
        Math.Round(cohorts["regular"].GetProperty("alpha").GetDouble(), 3).Should().Be(0.704);
        Math.Round(cohorts["regular"].GetProperty("beta").GetDouble(), 3).Should().Be(1.182);
        File.ReadAllText(Path.Combine(dir, "out", "renewals.csv")).Should().StartWith("cohort,period,at_risk,lost,censored,observed_survival\nregular,0,1000,0,0,1\nregular,1,1000,369,0,0.631\n");
        File.ReadAllText(Path.Combine(dir, "out", "retention-chart.html")).Should().Contain(@"high_end (sBG \u03B1 0.668, \u03B2 3.806)");
        File.Exists(Path.Combine(dir, "out", "manifest.json")).Should().BeTrue();
        r.Stdout.Should().Contain("0.704").And.Contain("3.806").And.Contain("-1611.16");
    }

    [Fact]
    public void Retention_per_segment_from_the_sample_customers_is_censored_at_the_reference_date()
    {
        var dir = RepoPaths.NewTempFolder("segkit-retention");
        var r = CliRunner.Run(dir, "retention", "--customers", RepoPaths.Combine("data-samples", "customers.csv"), "--as-of", "2026-06-30",
            "--segment-by", "plan", "--out", "out");

        r.ExitCode.Should().Be(0, r.ToString());
        var cohorts = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "out", "retention.json"))).RootElement.GetProperty("cohorts")
            .EnumerateArray().ToList();
        cohorts.Select(c => c.GetProperty("customers").GetInt64()).Sum().Should().Be(5000);
        cohorts.Select(c => c.GetProperty("cohort").GetString()).Should().BeEquivalentTo("Enterprise", "Premium", "Standard", "Access", "Freemium");
        // The renewal table: at period t only customers observed for t periods are at risk.
        var rows = File.ReadAllLines(Path.Combine(dir, "out", "renewals.csv")).Skip(1).Select(l => l.Split(',')).Where(f => f[0] == "Enterprise").ToList();
        long At(int t, int column) => long.Parse(rows[t][column]);
        At(1, 2).Should().Be(At(0, 2) - At(0, 4));
        for (var t = 2; t < rows.Count; t++)
            At(t, 2).Should().Be(At(t - 1, 2) - At(t - 1, 3) - At(t - 1, 4), $"period {t}");
    }

    [Theory]
    [InlineData("cohort,period,active\na,0,10\na,1,12\n", "counts.csv:3, column 'active'")]
    [InlineData("cohort,period,active\na,0,10\na,2,8\n", "counts.csv:3, column 'period'")]
    [InlineData("cohort,period,active\na,1,10\n", "does not start at period 0")]
    public void Bad_counts_exit_2_naming_the_line_and_write_nothing(string text, string expected)
    {
        var dir = RepoPaths.NewTempFolder("segkit-retention");
        File.WriteAllText(Path.Combine(dir, "counts.csv"), text);
        var r = CliRunner.Run(dir, "retention", "--counts", "counts.csv", "--out", "out");
        r.ExitCode.Should().Be(2);
        r.Stderr.Should().Contain(expected).And.Contain("Fix:");
        Directory.Exists(Path.Combine(dir, "out")).Should().BeFalse();
    }

    [Fact]
    public void Customers_without_a_reference_date_is_a_user_error()
    {
        var dir = RepoPaths.NewTempFolder("segkit-retention");
        var r = CliRunner.Run(dir, "retention", "--customers", RepoPaths.Combine("data-samples", "customers.csv"), "--out", "out");
        r.ExitCode.Should().Be(2);
        r.Stderr.Should().Contain("--as-of").And.Contain("Fix:");
    }
}
