using System.Text.Json;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Cli.Tests.Commands;

[Collection(ConsoleCollection.Name)]
public class GenerateCommandTests
{
    [Fact]
    public void Generate_writes_the_three_files_and_a_manifest()
    {
        var output = Path.Combine(RepoPaths.NewTempFolder(), "base");
        var (exit, stderr) = CliRun.Invoke("generate", "--customers", "250", "--seed", "8", "--out", output);

        exit.Should().Be(0, stderr);
        Directory.GetFiles(output).Select(Path.GetFileName).Should().BeEquivalentTo("customers.csv", "transactions.csv", "truth.csv", "manifest.json");
        File.ReadAllLines(Path.Combine(output, "customers.csv")).Should().HaveCount(251);
        File.ReadAllLines(Path.Combine(output, "truth.csv")).Should().HaveCount(251);
        File.ReadAllLines(Path.Combine(output, "transactions.csv"))[0].Should().Be("customer_id,date,amount");

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "manifest.json")));
        var root = manifest.RootElement;
        root.GetProperty("command").GetString().Should().Be("generate");
        root.GetProperty("as_of").GetString().Should().Be("2026-06-30");
        root.GetProperty("parameters").GetProperty("customers").GetString().Should().Be("250");
        root.GetProperty("parameters").GetProperty("seed").GetString().Should().Be("8");
    }

    [Fact]
    public void Zero_customers_is_refused_with_exit_code_2_and_no_output()
    {
        var parent = RepoPaths.NewTempFolder();
        var output = Path.Combine(parent, "base");
        var (exit, stderr) = CliRun.Invoke("generate", "--customers", "0", "--seed", "1", "--out", output);

        exit.Should().Be(2);
        stderr.Should().Be("error: --customers: must be between 1 and 100,000,000 (got 0). Fix: ask for at least 1 customer, e.g. --customers 5000" + Environment.NewLine);
        Directory.GetFileSystemEntries(parent).Should().BeEmpty();
    }

    [Fact]
    public void An_unreadable_as_of_date_is_refused_with_exit_code_2_and_no_output()
    {
        var parent = RepoPaths.NewTempFolder();
        var (exit, stderr) = CliRun.Invoke("generate", "--customers", "10", "--as-of", "30/06/2026", "--out", Path.Combine(parent, "base"));

        exit.Should().Be(2);
        stderr.Should().Contain("--as-of: '30/06/2026' is not a date in yyyy-MM-dd form. Fix: write it like 2026-06-30");
        Directory.GetFileSystemEntries(parent).Should().BeEmpty();
    }

    [Fact]
    public void Zero_threads_is_refused_with_exit_code_2()
    {
        var parent = RepoPaths.NewTempFolder();
        var (exit, stderr) = CliRun.Invoke("generate", "--customers", "10", "--threads", "0", "--out", Path.Combine(parent, "base"));

        exit.Should().Be(2);
        stderr.Should().Contain("threads: must be at least 1 (got 0)");
        Directory.GetFileSystemEntries(parent).Should().BeEmpty();
    }
}
