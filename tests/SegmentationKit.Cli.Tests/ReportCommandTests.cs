using SegmentationKit.TestSupport;

namespace SegmentationKit.Cli.Tests;

public class ReportCommandTests
{
    // The 8 hand-made customers of the compare/profile tests: value tiers by ARR; total ARR 151,200.
    private const string Customers = CompareAndProfileCommandTests.Customers;

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

    [Fact]
    public void Report_on_two_runs_prefixes_the_files_with_each_run_and_compares_them_in_the_overview()
    {
        var dir = SegmentedFolder();
        CliRunner.Run(dir, "segment", "--method", "value", "--customers", "customers.csv", "--as-of", "2025-12-31",
            "--out", "halves").ExitCode.Should().Be(0);
        var r = CliRunner.Run(dir, "report", "--run", "value", "--run", "halves", "--customers", "customers.csv", "--out", "reports");

        r.ExitCode.Should().Be(0, r.ToString());
        var files = Directory.GetFiles(Path.Combine(dir, "reports"), "*.pdf").Select(Path.GetFileName).ToList();
        files.Should().Contain(f => f!.StartsWith("value-01-", StringComparison.Ordinal))
            .And.Contain(f => f!.StartsWith("halves-01-", StringComparison.Ordinal)).And.Contain("overview.pdf");
        var manifest = File.ReadAllText(Path.Combine(dir, "reports", "manifest.json"));
        manifest.Should().Contain("overview.pdf").And.Contain("profile.json");
    }
}
