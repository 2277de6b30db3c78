using System.Globalization;
using System.Text.Json;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Cli.Tests;

public class ClvCommandTests
{
    [Fact]
    public void Clv_from_the_CDNOW_summary_writes_the_published_parameters_and_one_row_per_customer()
    {
        // TestData/cdnow/cdnow_customers_summary.csv: from the lifetimes package (MIT licence beside it);
        // Fader, Hardie & Lee (2005): r = 0.243, α = 4.414, a = 0.793, b = 2.426, LL −9582.4. Header renamed from ID.
        var dir = RepoPaths.NewTempFolder("segkit-clv");
        File.WriteAllLines(Path.Combine(dir, "summary.csv"),
            File.ReadLines(Path.Combine(AppContext.BaseDirectory, "TestData", "cdnow", "cdnow_customers_summary.csv"))
                .Select((l, i) => i == 0 ? "customer_id,frequency,recency,T" : l));

        var r = CliRunner.Run(dir, "clv", "--summary", "summary.csv", "--unit", "weeks", "--horizon", "39", "--out", "out");

        r.ExitCode.Should().Be(0, r.ToString());
        var bgnbd = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "out", "clv-params.json"))).RootElement.GetProperty("bgnbd");
        bgnbd.GetProperty("r").GetDouble().Should().BeApproximately(0.243, 0.00243);
        bgnbd.GetProperty("alpha").GetDouble().Should().BeApproximately(4.414, 0.04414);
        bgnbd.GetProperty("a").GetDouble().Should().BeApproximately(0.793, 0.00793);
        bgnbd.GetProperty("b").GetDouble().Should().BeApproximately(2.426, 0.02426);
        bgnbd.GetProperty("log_likelihood").GetDouble().Should().BeApproximately(-9582.4, 0.1);
        JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "out", "clv-params.json"))).RootElement
            .TryGetProperty("gamma_gamma", out _).Should().BeFalse("the summary has no monetary_value");
        var lines = File.ReadAllLines(Path.Combine(dir, "out", "clv.csv"));
        lines[0].Should().Be("customer_id,p_alive,expected_purchases,expected_average_spend,clv");
        lines.Should().HaveCount(2358);
        // Customer 1 (x = 2, t_x = 30.43, T = 38.86): 1.226 purchases expected in 39 weeks (Hardie's BG/NBD Excel sheet; the same check as lifetimes' test_conditional_expectation_returns_same_value_as_Hardie_excel_sheet).
        var first = lines[1].Split(',');
        first[0].Should().Be("1");
        double.Parse(first[2], CultureInfo.InvariantCulture).Should().BeApproximately(1.226, 0.01);
        first[3].Should().BeEmpty();
        r.Stdout.Should().Contain("BG/NBD").And.Contain("r = 0.24");
    }

    [Fact]
    public void Clv_from_transactions_summarises_the_log_at_the_as_of_date()
    {
        var dir = RepoPaths.NewTempFolder("segkit-clv");
        // Four customers buying every 1–3 weeks with different dropout; amounts vary per customer.
        var lines = new List<string> { "customer_id,date,amount" };
        var start = new DateOnly(2025, 1, 6);
        for (var c = 0; c < 40; c++)
        {
            var gap = 7 * (1 + c % 3);
            var orders = 2 + c % 7;
            for (var k = 0; k < orders; k++)
                lines.Add(FormattableString.Invariant($"C{c:00},{start.AddDays(c % 5 + k * gap):yyyy-MM-dd},{20 + c % 4 * 10 + k % 3}"));
        }
        File.WriteAllLines(Path.Combine(dir, "t.csv"), lines);

        var r = CliRunner.Run(dir, "clv", "--transactions", "t.csv", "--as-of", "2025-06-30", "--unit", "days", "--horizon", "90",
            "--discount-rate", "0.05", "--out", "out");

        r.ExitCode.Should().Be(0, r.ToString());
        var root = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "out", "clv-params.json"))).RootElement;
        root.GetProperty("gamma_gamma").GetProperty("p").GetDouble().Should().BePositive();
        root.GetProperty("unit").GetString().Should().Be("days");
        var csv = File.ReadAllLines(Path.Combine(dir, "out", "clv.csv"));
        csv.Should().HaveCount(41);
        csv.Skip(1).Select(l => l.Split(',')).Should().OnlyContain(f => f[4].Length > 0 && double.Parse(f[4], CultureInfo.InvariantCulture) > 0);
        File.Exists(Path.Combine(dir, "out", "manifest.json")).Should().BeTrue();
        // The RFM summary is written too and reads back through --summary to the same fit.
        var summary = File.ReadAllLines(Path.Combine(dir, "out", "summary.csv"));
        summary[0].Should().Be("customer_id,frequency,recency,T,monetary_value");
        summary.Should().HaveCount(41);
        var again = CliRunner.Run(Path.Combine(dir, "out"), "clv", "--summary", "summary.csv", "--unit", "days", "--horizon", "90",
            "--discount-rate", "0.05", "--out", "again");
        again.ExitCode.Should().Be(0, again.ToString());
        File.ReadAllText(Path.Combine(dir, "out", "again", "clv.csv")).Should().Be(File.ReadAllText(Path.Combine(dir, "out", "clv.csv")));
    }

    [Fact]
    public void A_log_with_a_single_order_per_customer_fails_clearly_and_writes_nothing()
    {
        var dir = RepoPaths.NewTempFolder("segkit-clv");
        File.WriteAllText(Path.Combine(dir, "t.csv"), "customer_id,date,amount\nA,2025-01-01,10\nB,2025-02-01,20\nC,2025-03-01,30\n");

        var r = CliRunner.Run(dir, "clv", "--transactions", "t.csv", "--as-of", "2025-06-30", "--out", "out");

        r.ExitCode.Should().Be(2, r.ToString());
        r.Stderr.Should().Contain("none of the 3 customers made a repeat purchase");
        Directory.Exists(Path.Combine(dir, "out")).Should().BeFalse();
    }

    [Fact]
    public void With_a_single_repeat_buyer_purchases_are_still_predicted_and_spend_is_left_out_with_the_reason()
    {
        var dir = RepoPaths.NewTempFolder("segkit-clv");
        File.WriteAllText(Path.Combine(dir, "t.csv"),
            "customer_id,date,amount\nA,2025-01-01,10\nA,2025-02-01,20\nA,2025-03-01,30\nB,2025-02-01,20\nC,2025-03-01,30\n");

        var r = CliRunner.Run(dir, "clv", "--transactions", "t.csv", "--as-of", "2025-06-30", "--out", "out");

        r.ExitCode.Should().Be(0, r.ToString());
        r.Stdout.Should().Contain("Expected spend and CLV are not computed").And.Contain("1 customer(s) have a repeat purchase");
        JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "out", "clv-params.json"))).RootElement.TryGetProperty("gamma_gamma", out _).Should().BeFalse();
        File.ReadAllLines(Path.Combine(dir, "out", "clv.csv")).Skip(1).Should().OnlyContain(l => l.EndsWith(",,"));
    }

    [Fact]
    public void Transactions_without_an_as_of_date_are_refused()
    {
        var dir = RepoPaths.NewTempFolder("segkit-clv");
        File.WriteAllText(Path.Combine(dir, "t.csv"), "customer_id,date,amount\nA,2025-01-01,10\nA,2025-02-01,20\n");
        var r = CliRunner.Run(dir, "clv", "--transactions", "t.csv", "--out", "out");
        r.ExitCode.Should().Be(2, r.ToString());
        r.Stderr.Should().Contain("--as-of").And.Contain("required with --transactions");
    }
}
