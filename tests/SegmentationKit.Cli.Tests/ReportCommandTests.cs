using SegmentationKit.TestSupport;

namespace SegmentationKit.Cli.Tests;

public class ReportCommandTests
{
    // 8 hand-made customers: value tiers by ARR; total ARR 151,200.
    private const string Customers =
        "customer_id,industry,plan,arr,mrr,churned,nps,weekly_active_users\n" +
        "A1,Retail,Premium,60000,5000,false,9,40\n" +
        "A2,Retail,Premium,48000,4000,false,10,35\n" +
        "A3,Food,Standard,12000,1000,true,6,10\n" +
        "A4,Food,Standard,9600,800,false,8,12\n" +
        "A5,Media,Access,2400,200,true,3,2\n" +
        "A6,Media,Access,1800,150,true,,3\n" +
        "A7,Retail,Standard,14400,1200,false,7,9\n" +
        "A8,Food,Access,3000,250,false,9,4\n";

    private static string SegmentedFolder()
    {
        var dir = RepoPaths.NewTempFolder("segkit-report");
        File.WriteAllText(Path.Combine(dir, "customers.csv"), Customers);
        CliRunner.Run(dir, "segment", "--method", "value", "--customers", "customers.csv", "--as-of", "2025-12-31", "--out", "value").ExitCode.Should().Be(0);
        return dir;
    }

    [Fact]
    public void Report_writes_one_pdf_per_segment_and_the_overview()
    {
        var dir = SegmentedFolder();
        var r = CliRunner.Run(dir, "report", "--run", "value", "--out", "reports", "--culture", "fr-FR", "--creation-date", "2026-01-01");

        r.ExitCode.Should().Be(0, r.ToString());
        var files = Directory.GetFiles(Path.Combine(dir, "reports")).Select(Path.GetFileName).Order().ToList();
        files.Should().Contain(["overview.pdf", "manifest.json"]);
        files.Where(f => f!.EndsWith(".pdf", StringComparison.Ordinal) && f != "overview.pdf").Should().NotBeEmpty()
            .And.OnlyContain(f => System.Text.RegularExpressions.Regex.IsMatch(f!, "^[0-9]{2}-[a-z0-9-]+\\.pdf$"));
        File.ReadAllBytes(Path.Combine(dir, "reports", "overview.pdf"))[..5].Should().Equal("%PDF-"u8.ToArray());
    }

    [Fact]
    public void Report_with_an_unknown_culture_fails_and_writes_nothing()
    {
        var dir = SegmentedFolder();
        var r = CliRunner.Run(dir, "report", "--run", "value", "--out", "reports", "--culture", "de-DE");

        r.ExitCode.Should().Be(2);
        r.Stderr.Should().Contain("--culture").And.Contain("fr-FR");
        Directory.Exists(Path.Combine(dir, "reports")).Should().BeFalse();
    }

    [Fact]
    public void Report_on_a_folder_without_a_profile_names_the_missing_file()
    {
        var dir = RepoPaths.NewTempFolder("segkit-report");
        Directory.CreateDirectory(Path.Combine(dir, "empty"));
        var r = CliRunner.Run(dir, "report", "--run", "empty", "--out", "reports");

        r.ExitCode.Should().Be(2);
        r.Stderr.Should().Contain("segmentation.json");
    }
}
