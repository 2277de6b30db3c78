using System.Text.Json;
using SegmentationKit.Evaluation;
using SegmentationKit.Profiling;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Cli.Tests;

public class CompareAndProfileCommandTests
{
    // 8 hand-made customers: value tiers by plan are easy to predict; churn 3 of 8.
    internal const string Customers =
        "customer_id,industry,plan,arr,mrr,churned,nps,weekly_active_users\n" +
        "A1,Retail,Premium,60000,5000,false,9,40\n" +
        "A2,Retail,Premium,48000,4000,false,10,35\n" +
        "A3,Food,Standard,12000,1000,true,6,10\n" +
        "A4,Food,Standard,9600,800,false,8,12\n" +
        "A5,Media,Access,2400,200,true,3,2\n" +
        "A6,Media,Access,1800,150,true,,3\n" +
        "A7,Retail,Standard,14400,1200,false,7,9\n" +
        "A8,Food,Access,3000,250,false,9,4\n";

    private static string Folder()
    {
        var dir = RepoPaths.NewTempFolder("segkit-compare");
        File.WriteAllText(Path.Combine(dir, "customers.csv"), Customers);
        return dir;
    }

    [Fact]
    public void Segment_writes_a_profile_json_with_every_segment_and_the_base()
    {
        var dir = Folder();
        var r = CliRunner.Run(dir, "segment", "--method", "value", "--customers", "customers.csv", "--as-of", "2025-12-31", "--out", "value");

        r.ExitCode.Should().Be(0, r.ToString());
        var profile = PortfolioProfile.FromJson(File.ReadAllText(Path.Combine(dir, "value", "profile.json")));
        var segmentation = SegmentationKit.IO.SegmentationRunFolder.Read(Path.Combine(dir, "value"));
        profile.Segments.Select(s => s.SegmentId).Should().Equal(segmentation.Segments.Select(s => s.Id));
        profile.Base.Customers.Should().Be(8);
        profile.Base.Health.ChurnRate!.Value.Should().Be(3.0 / 8);
        // Active ARR: A1 60,000 + A2 48,000 + A4 9,600 + A7 14,400 + A8 3,000 (A3, A5, A6 churned).
        profile.Base.Value.Arr!.Sum.Should().Be(135000);
        profile.Base.Value.ArrLostToChurn!.Sum.Should().Be(16200);
        profile.Segments.Sum(s => s.Customers).Should().Be(8);
        profile.Base.Health.Nps!.CustomerCount.Should().Be(7);
        File.ReadAllText(Path.Combine(dir, "value", "manifest.json")).Should().Contain("profile.json");
    }

    [Fact]
    public void Segment_and_profile_take_a_playbook_whose_plays_come_first()
    {
        var dir = Folder();
        File.WriteAllText(Path.Combine(dir, "playbook.yaml"),
            "plays:\n  - id: everyone\n    name: Call everyone\n    actions: [Pick up the phone]\n");
        var r = CliRunner.Run(dir, "segment", "--method", "value", "--customers", "customers.csv", "--playbook", "playbook.yaml", "--out", "value");
        r.ExitCode.Should().Be(0, r.ToString());
        var profile = PortfolioProfile.FromJson(File.ReadAllText(Path.Combine(dir, "value", "profile.json")));
        profile.Segments.Where(s => s.Customers > 0).Should().OnlyContain(s => s.Play!.PlayId == "everyone");
        File.ReadAllText(Path.Combine(dir, "value", "manifest.json")).Should().Contain("playbook.yaml");

        File.WriteAllText(Path.Combine(dir, "bad.yaml"), "plays:\n  - { id: a, name: A, actions: [x], when: { risk: extreme } }\n");
        var bad = CliRunner.Run(dir, "profile", "--run", "value", "--customers", "customers.csv", "--playbook", "bad.yaml", "--out", "p2");
        bad.ExitCode.Should().Be(2);
        bad.Stderr.Should().Contain("bad.yaml").And.Contain("'extreme' is not a level here");
    }

    [Fact]
    public void Profile_recomputes_a_run_with_the_gross_margin_given()
    {
        var dir = Folder();
        CliRunner.Run(dir, "segment", "--method", "value", "--customers", "customers.csv", "--out", "value").ExitCode.Should().Be(0);

        var r = CliRunner.Run(dir, "profile", "--run", "value", "--customers", "customers.csv", "--gross-margin", "0.4", "--out", "profile");

        r.ExitCode.Should().Be(0, r.ToString());
        var profile = PortfolioProfile.FromJson(File.ReadAllText(Path.Combine(dir, "profile", "profile.json")));
        profile.Settings.GrossMargin.Should().Be(0.4);
        // Base: active ARR 135,000 × 0.4 ÷ churn 3/8 = 144,000.
        profile.Base.Value.SaasClv!.Sum.Should().BeApproximately(144000, 1e-6);
        r.Stdout.Should().Contain("(base)").And.Contain("All customers");
    }

    [Fact]
    public void Profile_refuses_a_customer_table_that_does_not_match_the_run()
    {
        var dir = Folder();
        CliRunner.Run(dir, "segment", "--method", "value", "--customers", "customers.csv", "--out", "value").ExitCode.Should().Be(0);
        File.WriteAllText(Path.Combine(dir, "other.csv"), Customers.Replace("A8,", "Z9,"));

        var r = CliRunner.Run(dir, "profile", "--run", "value", "--customers", "other.csv", "--out", "profile");

        r.ExitCode.Should().Be(2, r.ToString());
        r.Stderr.Should().Contain("'A8'").And.Contain("not in the customer table");
        Directory.Exists(Path.Combine(dir, "profile")).Should().BeFalse();
    }

    [Fact]
    public void Compare_writes_the_comparison_of_two_runs_and_prints_the_table()
    {
        var dir = Folder();
        CliRunner.Run(dir, "segment", "--method", "value", "--customers", "customers.csv", "--out", "value").ExitCode.Should().Be(0);
        CliRunner.Run(dir, "segment", "--method", "value", "--customers", "customers.csv", "--out", "value-again").ExitCode.Should().Be(0);

        var r = CliRunner.Run(dir, "compare", "value", "value-again", "--customers", "customers.csv", "--min-size", "3", "--out", "cmp");

        r.ExitCode.Should().Be(0, r.ToString());
        var comparison = SegmentationComparison.FromJson(File.ReadAllText(Path.Combine(dir, "cmp", "comparison.json")));
        comparison.CustomerCount.Should().Be(8);
        comparison.Segmentations.Select(s => s.Label).Should().Equal("value", "value-again");
        var agreement = comparison.Agreements.Single();
        agreement.AdjustedRandIndex.Should().BeApproximately(1, 1e-12); // the same method twice: identical partitions
        agreement.NormalizedMutualInformation.Should().BeApproximately(1, 1e-12);
        // η² of churn recomputed here from assignments.csv and the churned column above.
        var churned = new Dictionary<string, double> { ["A1"] = 0, ["A2"] = 0, ["A3"] = 1, ["A4"] = 0, ["A5"] = 1, ["A6"] = 1, ["A7"] = 0, ["A8"] = 0 };
        var groups = File.ReadLines(Path.Combine(dir, "value", "assignments.csv")).Skip(1).Select(l => l.Split(','))
            .GroupBy(f => f[1], f => churned[f[0]]).ToList();
        var between = groups.Sum(g => g.Count() * Math.Pow(g.Average() - 3.0 / 8, 2));
        var total = 8 * (3.0 / 8) * (5.0 / 8);
        comparison.Segmentations[0].ChurnVarianceExplained!.Value.Should().BeApproximately(between / total, 1e-12);
        r.Stdout.Should().Contain("Agreement between segmentations").And.Contain("churn_variance_explained");
    }

    [Fact]
    public void Compare_refuses_a_folder_without_a_segmentation_and_writes_nothing()
    {
        var dir = Folder();
        CliRunner.Run(dir, "segment", "--method", "value", "--customers", "customers.csv", "--out", "value").ExitCode.Should().Be(0);
        Directory.CreateDirectory(Path.Combine(dir, "empty"));

        var r = CliRunner.Run(dir, "compare", "value", "empty", "--out", "cmp");

        r.ExitCode.Should().Be(2, r.ToString());
        r.Stderr.Should().Contain("segmentation.json").And.Contain("no segmentation.json");
        Directory.Exists(Path.Combine(dir, "cmp")).Should().BeFalse();
    }
}
