using System.Text.Json;
using SegmentationKit.Cli.Commands;
using SegmentationKit.Cli.Infrastructure;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Cli.Tests;

/// <summary>The contract every <c>segkit segment --method</c> keeps, run over every method the CLI
/// knows (a new method is checked without a new test): on data-samples/ every customer is in exactly
/// one segment of the catalog; the same data and seed give byte-identical files, on two cores in
/// process and on one core in a child process; an option the method does not take is refused, named.</summary>
[Trait("Category", "Slow")]
[Collection(ConsoleCollection.Name)]
public class MethodContractTests
{
    public static TheoryData<string> Methods() => new(SegmentMethods.All.Select(m => m.Name));

    [Theory]
    [MemberData(nameof(Methods))]
    public void Every_customer_is_in_one_segment_of_the_catalog_and_a_rerun_on_one_core_is_identical(string method)
    {
        var dir = RepoPaths.NewTempFolder("segkit-contract");
        var args = Arguments(method, dir);
        var first = CliRun.Invoke([.. args, "--out", Path.Combine(dir, "a")]);
        first.ExitCode.Should().Be(0, first.Stderr);

        var customers = File.ReadLines(RepoPaths.Combine("data-samples", "customers.csv")).Skip(1).Select(l => l.Split(',')[0]).ToList();
        var assignments = File.ReadLines(Path.Combine(dir, "a", "assignments.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        assignments.Select(a => a[0]).Should().Equal(customers, "assignments.csv lists every customer once, in table order");
        using var model = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "a", "segmentation.json")));
        var catalog = model.RootElement.GetProperty("segments").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToHashSet();
        assignments.Select(a => a[1]).Should().OnlyContain(id => catalog.Contains(id), "every assigned segment is in the catalog");

        var oneCore = CliRunner.Run(RepoPaths.Root, new Dictionary<string, string> { ["DOTNET_PROCESSOR_COUNT"] = "1" }, [.. args, "--out", Path.Combine(dir, "b")]);
        oneCore.ExitCode.Should().Be(0, oneCore.Stderr);
        foreach (var file in new[] { "assignments.csv", "segmentation.json", "profile.json" })
            File.ReadAllBytes(Path.Combine(dir, "b", file)).Should().Equal(File.ReadAllBytes(Path.Combine(dir, "a", file)), $"{method}: {file} must not depend on the core count");
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void An_unknown_configuration_key_or_an_option_the_method_does_not_take_is_refused_by_name(string method)
    {
        var dir = RepoPaths.NewTempFolder("segkit-contract");
        var chosen = SegmentMethods.Find(method);
        var unknownKey = CliRun.Invoke([.. Arguments(method, dir), "--set", $"{method}.no_such_key=1", "--out", Path.Combine(dir, "a")]);
        unknownKey.ExitCode.Should().Be(2);
        unknownKey.Stderr.Should().Contain("no_such_key").And.Contain("Fix:");
        Directory.Exists(Path.Combine(dir, "a")).Should().BeFalse("a refused run writes nothing");

        if (chosen.TakesSegmentCount) return;
        var k = CliRun.Invoke([.. Arguments(method, dir), "--k", "4", "--out", Path.Combine(dir, "b")]);
        k.ExitCode.Should().Be(2);
        k.Stderr.Should().StartWith($"error: --k: --method {method} does not take a number of segments");
    }

    /// <summary>segment on data-samples/ with what each method needs: the transactions, the demo's
    /// rules for "rules", four segments for the methods that take --k.</summary>
    private static string[] Arguments(string method, string dir)
    {
        var args = new List<string>
        {
            "segment", "--method", method, "--as-of", "2026-06-30",
            "--customers", RepoPaths.Combine("data-samples", "customers.csv"),
            "--transactions", RepoPaths.Combine("data-samples", "transactions.csv"),
        };
        if (method == "rules")
        {
            var rules = Path.Combine(dir, "rules.yaml");
            File.WriteAllText(rules, DemoPipeline.RulesYaml);
            args.AddRange(["--config", rules]);
        }
        if (SegmentMethods.Find(method).TakesSegmentCount) args.AddRange(["--k", "4"]);
        return [.. args];
    }
}
