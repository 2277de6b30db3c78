using SegmentationKit.TestSupport;

namespace SegmentationKit.Cli.Tests;

/// <summary><c>segkit segment</c> on TestData/segment: the 12-customer order log worked out in
/// SegmentationKit.Tests' RfmSegmenterTests (plus c13, who never ordered) and a seg.yaml with
/// rules, value and cross sections.</summary>
public class SegmentCommandTests
{
    private static string NewRunFolder()
    {
        var dir = RepoPaths.NewTempFolder("segkit-segment");
        foreach (var f in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "segment")))
            File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        return dir;
    }

    private static (string Dir, CliResult Result) Segment(string method, params string[] extra)
    {
        var dir = NewRunFolder();
        var r = CliRunner.Run(dir, ["segment", "--method", method, "--customers", "customers.csv", "--transactions", "transactions.csv",
            "--as-of", "2024-12-31", "--out", "run", .. extra]);
        return (dir, r);
    }

    private static string[] Lines(string dir, string file) => File.ReadAllLines(Path.Combine(dir, "run", file));

    [Fact]
    public void Segment_rfm_writes_scores_per_customer_and_the_no_purchase_customer()
    {
        var (dir, r) = Segment("rfm");

        r.ExitCode.Should().Be(0, r.ToString());
        var lines = Lines(dir, "assignments.csv");
        lines[0].Should().Be("customer_id,segment_id,segment_name,recency_days,frequency,monetary,r_score,f_score,m_score");
        lines[1].Should().Be("c01,champions,Champions,1,10,1200,5,5,5");
        lines[3].Should().Be("c03,new_customers,New Customers,5,3,150,5,2,2");
        lines[11].Should().Be("c11,cant_lose_them,Can't Lose Them,120,4,800,1,3,5");
        lines[13].Should().Be("c13,no_purchase,No purchase in window,,0,0,,,");
        r.Stdout.Should().Contain("rfm: 12 segments, 13 customers, as of 2024-12-31");
        r.Stdout.Should().MatchRegex(@"champions\s+│ Champions\s+│\s+2 │ 15\.4%");
        r.Stdout.Should().Contain("recency days 7, 25, 40, 85");
    }

    [Theory]
    [InlineData("rfm")]
    [InlineData("rules")]
    [InlineData("value")]
    [InlineData("maturity")]
    [InlineData("cross")]
    public void Segment_assigns_every_customer_exactly_once_and_writes_the_three_files(string method)
    {
        var (dir, r) = Segment(method, "--config", "seg.yaml");

        r.ExitCode.Should().Be(0, r.ToString());
        var ids = Lines(dir, "assignments.csv").Skip(1).Select(l => l.Split(',')[0]).ToList();
        ids.Should().Equal(Enumerable.Range(1, 13).Select(i => $"c{i:00}"));
        var seg = SegmentationKit.IO.SegmentationRunFolder.Read(Path.Combine(dir, "run"));
        seg.Method.Should().Be(method);
        seg.SegmentIds.Should().Equal(Lines(dir, "assignments.csv").Skip(1).Select(l => l.Split(',')[1]));
        File.ReadAllText(Path.Combine(dir, "run", "manifest.json")).Should().Contain($"\"method\": \"{method}\"").And.Contain("\"file\": \"seg.yaml\"");
    }

    [Fact]
    public void Segment_json_holds_the_catalog_only_and_assignments_csv_every_customer_and_measure()
    {
        var (dir, r) = Segment("maturity");

        r.ExitCode.Should().Be(0, r.ToString());
        var json = File.ReadAllText(Path.Combine(dir, "run", "segmentation.json"));
        json.Should().NotContain("\"assignments\"").And.NotContain("customer_measures").And.NotContain("\"c01\"")
            .And.Contain("\"customer_count\": 13").And.Contain("\"assignments_file\": \"assignments.csv\"");
        var seg = SegmentationKit.IO.SegmentationRunFolder.Read(Path.Combine(dir, "run"));
        seg.CustomerIds.Should().Equal(Enumerable.Range(1, 13).Select(i => $"c{i:00}"));
        seg.CustomerMeasures.Keys.Should().Contain(["maturity_score", "potential_score"]);
        var firstRow = Lines(dir, "assignments.csv")[1].Split(',');
        seg.CustomerMeasures["maturity_score"][0].Should().Be(double.Parse(firstRow[3], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Segment_rules_use_the_rules_section_of_the_config()
    {
        var (dir, r) = Segment("rules", "--config", "seg.yaml");

        r.ExitCode.Should().Be(0, r.ToString());
        // c01 Retail; c04 Banking-Insurance with 900 employees → Large accounts; c10 Public, 5 → Other
        var lines = Lines(dir, "assignments.csv");
        lines[1].Should().Be("c01,retail_and_food,Retail and Food");
        lines[4].Should().Be("c04,large_accounts,Large accounts");
        lines[10].Should().Be("c10,other,Other");
    }

    [Fact]
    public void Segment_cross_prints_and_records_every_merge()
    {
        // seg.yaml: value tiers Top 25 % / Rest × plan, minimum 2 customers, merge into nearest.
        // Top holds c09 (Enterprise, 150000), c04 and c01 (Premium): Top · Enterprise has one customer.
        var (dir, r) = Segment("cross", "--config", "seg.yaml");

        r.ExitCode.Should().Be(0, r.ToString());
        r.Stdout.Should().Contain("merged: Top · Enterprise → Top · Premium (1 customer)");
        r.Stdout.Should().Contain("merged: Rest · Freemium → Rest · Standard (1 customer)");
        var seg = SegmentationKit.IO.SegmentationRunFolder.Read(Path.Combine(dir, "run"));
        seg.Parameters["merges"].Should().Be("Top · Enterprise → Top · Premium (1 customer); Rest · Freemium → Rest · Standard (1 customer)");
        Lines(dir, "assignments.csv")[9].Should().Be("c09,top.premium,Top · Premium");
    }

    [Fact]
    public void Segment_maturity_carries_the_coverage_plan_in_segmentation_json()
    {
        var (dir, r) = Segment("maturity");

        r.ExitCode.Should().Be(0, r.ToString());
        var seg = SegmentationKit.IO.SegmentationRunFolder.Read(Path.Combine(dir, "run"));
        var plan = SegmentationKit.Segmenters.MaturityPotential.CoveragePlan.FromSegmentation(seg);
        plan.For("access_low_touch")!.Profile.Should().Be(SegmentationKit.Segmenters.MaturityPotential.CsmProfile.Growth);
        // c03 is an Access customer: low touch whatever its scores.
        Lines(dir, "assignments.csv")[3].Should().StartWith("c03,access_low_touch,Low-touch · Growth,");
        Lines(dir, "assignments.csv")[0].Should().Be("customer_id,segment_id,segment_name,maturity_score,potential_score,maturity_level,potential_level");
        r.Stdout.Should().Contain("access_low_touch: Low-touch, Product expertise, Growth CSM — Automated onboarding and nurture programmes; Webinars");
    }

    [Fact]
    public void Segment_set_overrides_a_configuration_key()
    {
        // Two tiers of 50 % each: round(0.5 × 13) = 7 customers in A (ARR ≥ the 7th largest, 15000).
        var (dir, r) = Segment("value", "--set", "value.tiers=[A, B]", "--set", "value.shares=[0.5, 0.5]");

        r.ExitCode.Should().Be(0, r.ToString());
        Lines(dir, "assignments.csv").Skip(1).Count(l => l.Contains(",a,A")).Should().Be(7);
        File.ReadAllText(Path.Combine(dir, "run", "manifest.json")).Should().Contain("\"set.value.shares\": \"[0.5, 0.5]\"");
    }

    [Fact]
    public void Segment_rules_without_a_rule_set_exits_2_and_writes_nothing()
    {
        var (dir, r) = Segment("rules");

        r.ExitCode.Should().Be(2, r.ToString());
        r.Stderr.Should().StartWith("error: rules: the rules method needs a rule set. Fix: pass --config");
        Directory.Exists(Path.Combine(dir, "run")).Should().BeFalse();
        Directory.GetDirectories(dir).Should().BeEmpty("no staging folder is left behind");
    }

    [Fact]
    public void Segment_reports_a_bad_config_key_with_file_and_key_path()
    {
        var dir = NewRunFolder();
        File.WriteAllText(Path.Combine(dir, "bad.yaml"), "rfm:\n  bins: 5\n  windw_days: 30\n");
        var r = CliRunner.Run(dir, "segment", "--method", "rfm", "--customers", "customers.csv", "--transactions", "transactions.csv",
            "--config", "bad.yaml", "--out", "run");

        r.ExitCode.Should().Be(2, r.ToString());
        r.Stderr.Should().StartWith("error: bad.yaml: rfm.windw_days: unknown key 'windw_days' (line 3). Fix: use one of: bins, monetary, window_days");
        Directory.Exists(Path.Combine(dir, "run")).Should().BeFalse();
    }

    [Fact]
    public void Segment_rfm_without_transactions_says_which_option_is_missing()
    {
        var dir = NewRunFolder();
        var r = CliRunner.Run(dir, "segment", "--method", "rfm", "--customers", "customers.csv", "--out", "run");

        r.ExitCode.Should().Be(2, r.ToString());
        r.Stderr.Should().StartWith("error: --transactions: --method rfm needs the transaction log. Fix: pass --transactions orders.csv");
    }

    [Fact]
    public void Segment_unknown_method_lists_the_methods()
    {
        var (_, r) = Segment("magic");

        r.ExitCode.Should().Be(2, r.ToString());
        r.Stderr.Should().Contain("--method: 'magic' is not a segmentation method. Fix: use one of:");
        foreach (var m in new[] { "cross", "maturity", "rfm", "rules", "value" }) r.Stderr.Should().Contain(m);
    }
}
