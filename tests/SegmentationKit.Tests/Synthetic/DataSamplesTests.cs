using SegmentationKit.Data;
using SegmentationKit.Synthetic;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Tests.Synthetic;

/// <summary>data-samples/ holds the generator's output for 5,000 customers, seed 42, as of 2026-06-30
/// (see data-samples/README.md).</summary>
public class DataSamplesTests
{
    private const string Command = "dotnet run --project src/SegmentationKit.Cli -- generate --customers 5000 --seed 42 --out data-samples";
    private static readonly string Samples = RepoPaths.Combine("data-samples");

    [Fact]
    public void Regenerating_with_seed_42_reproduces_the_committed_samples_byte_for_byte()
    {
        var regenerated = SyntheticFiles.Write(new SyntheticOptions { Customers = 5000, Seed = 42 });
        foreach (var file in new[] { SyntheticBase.CustomersFile, SyntheticBase.TransactionsFile, SyntheticBase.TruthFile })
            SyntheticFiles.Bytes(regenerated, file).Should().Equal(File.ReadAllBytes(Path.Combine(Samples, file)),
                $"data-samples/{file} must be what `{Command}` writes; rerun it if the generator changed on purpose");
    }

    [Fact]
    public void The_samples_readme_documents_every_column_and_the_command_that_regenerates_them()
    {
        var readme = File.ReadAllText(Path.Combine(Samples, "README.md"));
        readme.Should().Contain(Command).And.Contain("Seed: 42").And.Contain("As-of date: 2026-06-30");
        foreach (var column in SyntheticBase.CustomerFileColumns.Concat([TransactionColumns.Date, TransactionColumns.Amount, SyntheticBase.TruthSegmentColumn]))
            readme.Should().Contain($"| `{column}` |", "every column has a row in the README's tables");
        foreach (var label in SyntheticBase.SegmentLabels)
            readme.Should().Contain($"| `{label}` |");
    }

    [Fact]
    public void The_samples_stay_under_10_MB()
    {
        Directory.GetFiles(Samples).Sum(f => new FileInfo(f).Length).Should().BeLessThan(10_000_000);
    }
}
