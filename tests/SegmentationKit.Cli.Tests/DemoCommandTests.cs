using SegmentationKit.TestSupport;

namespace SegmentationKit.Cli.Tests;

[Trait("Category", "Slow")]
public class DemoCommandTests
{
    [Fact]
    public void Demo_finds_data_samples_above_the_current_folder_and_prints_the_overview()
    {
        // A small stand-in for the committed sample, so the test does not depend on its contents.
        var root = RepoPaths.NewTempFolder("segkit-demo");
        var samples = Directory.CreateDirectory(Path.Combine(root, "data-samples")).FullName;
        File.WriteAllText(Path.Combine(samples, "customers.csv"),
            "customer_id,plan,arr,churned\nC1,Standard,1200,false\nC2,Premium,2400,true\n");
        File.WriteAllText(Path.Combine(samples, "transactions.csv"),
            "customer_id,date,amount\nC1,2024-01-01,100\nC2,2024-03-01,200\n");
        var work = Directory.CreateDirectory(Path.Combine(root, "work", "deeper")).FullName;

        var r = CliRunner.Run(work, "demo");

        r.ExitCode.Should().Be(0, r.ToString());
        r.Stdout.Should().Contain("Loaded and validated ../../data-samples/customers.csv: 2 customers");
        r.Stdout.Should().Contain("2 transactions");
        r.Stdout.Split('\n').Should().Contain(l => l.Contains("total ARR (per year)") && l.Contains("3,600"));
        r.Stdout.Split('\n').Should().Contain(l => l.Contains("churn rate") && l.Contains("50% (1 churned)"));
    }

    [Fact]
    public void Demo_outside_the_repository_runs_on_the_sample_installed_with_segkit_and_writes_into_the_current_folder()
    {
        var work = RepoPaths.NewTempFolder("segkit-demo-anywhere");
        var r = CliRunner.Run(work, "demo");

        r.ExitCode.Should().Be(0, r.ToString());
        var bundled = Path.Combine(AppContext.BaseDirectory, "data-samples");
        r.Stdout.Should().Contain($"Loaded and validated {Path.GetRelativePath(work, bundled)}/customers.csv: 5,000 customers");
        Directory.GetFiles(Path.Combine(work, "reports", "demo"), "*.pdf", SearchOption.AllDirectories).Should().NotBeEmpty();
        Directory.Exists(Path.Combine(AppContext.BaseDirectory, "reports")).Should().BeFalse("nothing is written beside segkit");
    }

    [Fact]
    public void Demo_stops_with_the_located_message_when_the_sample_is_broken()
    {
        var data = RepoPaths.NewTempFolder("segkit-demo-bad");
        File.WriteAllText(Path.Combine(data, "customers.csv"), "customer_id,arr\nC1,x\n");
        var r = CliRunner.Run(data, "demo", "--data", data);
        r.ExitCode.Should().Be(2, r.ToString());
        r.Stderr.Should().StartWith("error: customers.csv:2, column 'arr': not a number (value 'x')");
    }
}
