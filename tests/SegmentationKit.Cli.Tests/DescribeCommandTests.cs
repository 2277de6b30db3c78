using System.Text.Json;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Cli.Tests;

public class DescribeCommandTests
{
    // Hand-made base: ARR 12,000 + 36,000 + 0 + 6,000 = 54,000; MRR 4,500; churned 1 of 3 known (C4 unknown).
    private const string Customers =
        "customer_id,industry,plan,arr,mrr,signup_date,churned,nps\n" +
        "C1,Retail,Standard,12000,1000,2023-01-15,false,9\n" +
        "C2,Media,Premium,36000,3000,2022-06-30,true,\n" +
        "C3,Retail,Freemium,0,0,2024-11-02,false,3\n" +
        "C4,Retail,Standard,6000,500,2024-01-01,,7\n";

    private const string Transactions =
        "customer_id,date,amount\n" +
        "C1,2024-01-01,100\n" +
        "C1,2024-02-01,100\n" +
        "C2,2023-05-01,3000\n" +
        "C3,2024-12-01,0.5\n";

    private static string Folder()
    {
        var dir = RepoPaths.NewTempFolder("segkit-describe");
        File.WriteAllText(Path.Combine(dir, "customers.csv"), Customers);
        File.WriteAllText(Path.Combine(dir, "transactions.csv"), Transactions);
        return dir;
    }

    [Fact]
    public void Describe_json_gives_counts_totals_churn_and_column_statistics()
    {
        var r = CliRunner.Run(Folder(), "describe", "--customers", "customers.csv", "--transactions", "transactions.csv", "--json");

        r.ExitCode.Should().Be(0, r.ToString());
        var root = JsonDocument.Parse(r.Stdout).RootElement;
        root.GetProperty("customer_count").GetInt32().Should().Be(4);
        root.GetProperty("total_arr").GetDouble().Should().Be(54000);
        root.GetProperty("total_mrr").GetDouble().Should().Be(4500);
        root.GetProperty("churned_count").GetInt32().Should().Be(1);
        root.GetProperty("churn_rate").GetDouble().Should().BeApproximately(1.0 / 3, 1e-15);

        var columns = root.GetProperty("columns").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        columns.Keys.Should().Equal("customer_id", "industry", "plan", "arr", "mrr", "signup_date", "churned", "nps");
        columns["arr"].GetProperty("kind").GetString().Should().Be("numeric");
        columns["arr"].GetProperty("median").GetDouble().Should().Be(9000, "(6,000 + 12,000) / 2");
        columns["nps"].GetProperty("missing_share").GetDouble().Should().Be(0.25);
        columns["nps"].GetProperty("median").GetDouble().Should().Be(7);
        columns["signup_date"].GetProperty("first_date").GetString().Should().Be("2022-06-30");
        columns["signup_date"].GetProperty("last_date").GetString().Should().Be("2024-11-02");
        var top = columns["industry"].GetProperty("top_values")[0];
        (top.GetProperty("value").GetString(), top.GetProperty("count").GetInt32(), top.GetProperty("share").GetDouble())
            .Should().Be(("Retail", 3, 0.75));

        var t = root.GetProperty("transactions");
        t.GetProperty("count").GetInt32().Should().Be(4);
        t.GetProperty("customers").GetInt32().Should().Be(3);
        t.GetProperty("customers_without_transactions").GetInt32().Should().Be(1);
        t.GetProperty("total_amount").GetDouble().Should().Be(3200.5);
        t.GetProperty("first_date").GetString().Should().Be("2023-05-01");
        t.GetProperty("last_date").GetString().Should().Be("2024-12-01");
    }

    [Fact]
    public void Describe_prints_readable_tables_when_redirected()
    {
        var r = CliRunner.Run(Folder(), "describe", "--customers", "customers.csv", "--transactions", "transactions.csv");

        r.ExitCode.Should().Be(0, r.ToString());
        r.Stdout.Should().NotContain("\u001b[", "no colour codes when redirected");
        var lines = r.Stdout.Split('\n');
        lines.Should().Contain(l => l.Contains("total ARR (per year)") && l.Contains("54,000"));
        lines.Should().Contain(l => l.Contains("churn rate") && l.Contains("33.3% (1 churned)"));
        lines.Should().Contain(l => l.Contains("transaction dates") && l.Contains("2023-05-01 to 2024-12-01"));
        lines.Should().Contain(l => l.Contains("│ industry") && l.Contains("Retail 75%, Media 25%"));
    }

    [Fact]
    public void Describe_with_out_writes_summary_and_manifest()
    {
        var dir = Folder();
        var r = CliRunner.Run(dir, "describe", "--customers", "customers.csv", "--out", "run");

        r.ExitCode.Should().Be(0, r.ToString());
        Directory.GetFiles(Path.Combine(dir, "run")).Select(Path.GetFileName).Should().BeEquivalentTo("summary.json", "manifest.json");
        var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "run", "manifest.json"))).RootElement;
        manifest.GetProperty("inputs")[0].GetProperty("file").GetString().Should().Be("customers.csv");
    }

    [Fact]
    public void Describe_reads_a_French_export_through_a_mapping_file()
    {
        var dir = RepoPaths.NewTempFolder("segkit-describe-fr");
        File.WriteAllText(Path.Combine(dir, "export.csv"),
            "Client;CA annuel;Résilié;Date inscription\r\nC1;12000,5;non;15/01/2023\r\nC2;;oui;30/06/2022\r\n",
            new System.Text.UTF8Encoding(true));
        File.WriteAllText(Path.Combine(dir, "map.yaml"),
            "customers:\n  Client: customer_id\n  CA annuel: arr\n  Résilié: churned\n  Date inscription: signup_date\n");

        var r = CliRunner.Run(dir, "describe", "--customers", "export.csv", "--mapping", "map.yaml", "--dialect", "french", "--json");

        r.ExitCode.Should().Be(0, r.ToString());
        var root = JsonDocument.Parse(r.Stdout).RootElement;
        root.GetProperty("total_arr").GetDouble().Should().Be(12000.5);
        root.GetProperty("churn_rate").GetDouble().Should().Be(0.5);
        var columns = root.GetProperty("columns").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        columns["arr"].GetProperty("missing").GetInt32().Should().Be(1);
        columns["signup_date"].GetProperty("first_date").GetString().Should().Be("2022-06-30");
    }

    [Fact]
    public void Describe_with_a_bad_mapping_file_exits_2_naming_the_key()
    {
        var dir = Folder();
        File.WriteAllText(Path.Combine(dir, "map.yaml"), "customers:\n  Revenue: { name: arr, kind: money }\n");
        var r = CliRunner.Run(dir, "describe", "--customers", "customers.csv", "--mapping", "map.yaml");
        r.ExitCode.Should().Be(2, r.ToString());
        r.Stderr.Should().StartWith("error: map.yaml: customers.Revenue.kind: unknown kind 'money'");
    }
}
