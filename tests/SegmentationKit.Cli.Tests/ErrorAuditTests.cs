using SegmentationKit.TestSupport;

namespace SegmentationKit.Cli.Tests;

/// <summary>The audit of issue 18: every command with bad files, bad options and bad configurations
/// exits 2 with "error: …" and a "Fix: …", no stack trace, no "internal error", and writes nothing
/// (no output folder, no staging folder left).</summary>
public class ErrorAuditTests
{
    private static readonly Lazy<string> Fixture = new(() =>
    {
        var dir = RepoPaths.NewTempFolder("segkit-audit");
        foreach (var f in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "segment")))
            File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        var random = new Random(18);
        var garbage = new byte[4096];
        random.NextBytes(garbage);
        File.WriteAllBytes(Path.Combine(dir, "garbage.bin"), garbage);
        File.WriteAllText(Path.Combine(dir, "empty.csv"), "");
        File.WriteAllText(Path.Combine(dir, "afile"), "not a folder");
        File.WriteAllText(Path.Combine(dir, "numeric.csv"), "x,y\n1,2\n2,3\n8,9\n9,8\n");
        File.WriteAllBytes(Path.Combine(dir, "odd16.csv"), [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes("customer_id\nA\n"), 0x41]);
        Directory.CreateDirectory(Path.Combine(dir, "badrun"));
        File.WriteAllBytes(Path.Combine(dir, "badrun", "segmentation.json"), garbage);
        File.WriteAllBytes(Path.Combine(dir, "badrun", "profile.json"), garbage);
        Directory.CreateDirectory(Path.Combine(dir, "emptydir"));
        var seg = CliRunner.Run(dir, "segment", "--method", "value", "--customers", "customers.csv", "--out", "run");
        if (seg.ExitCode != 0) throw new InvalidOperationException(seg.ToString());
        return dir;
    });

    public static TheoryData<string> BadCommands => new()
    {
        "describe --customers garbage.bin",
        "describe --customers empty.csv --out o",
        "describe --customers odd16.csv",
        "describe --customers customers.csv --mapping garbage.bin",
        "describe --customers customers.csv --encoding klingon",
        "describe --customers customers.csv --as-of yesterday",
        "describe --customers customers.csv --dialect klingon",
        "segment --method rules --customers customers.csv --config garbage.bin --out o",
        "segment --method rfm --customers customers.csv --transactions garbage.bin --out o",
        "segment --method kmeans --k 0 --customers customers.csv --out o",
        "segment --method value --customers customers.csv --set value.tiers=[Only] --out o",
        "segment --method value --customers customers.csv --out afile",
        "segment --method value --customers customers.csv --out run/sub/deeper --xlsx --config emptydir",
        "profile --run badrun --customers customers.csv --out o",
        "profile --run run --customers garbage.bin --out o",
        "profile --run run --customers customers.csv --gross-margin 7 --out o",
        "report --run run --brand garbage.bin --out o",
        "report --run badrun --out o",
        "report --run run --culture xx-XX --out o",
        "compare run badrun --out o",
        "compare run --out o",
        "clv --transactions garbage.bin --as-of 2024-12-31 --out o",
        "clv --summary garbage.bin --out o",
        "clv --transactions transactions.csv --out o",
        "clv --transactions transactions.csv --as-of 2024-12-31 --discount-rate -1 --out o",
        "cluster --data garbage.bin --k 2 --out o",
        "cluster --data numeric.csv --k 2 --algorithm gmm --tol -1 --out o",
        "cluster --data numeric.csv --k 9 --out o",
        "evaluate --data numeric.csv --labels garbage.bin",
        "choose-k --data garbage.bin",
        "choose-k --data numeric.csv --k-max 2 --k-min 3",
        "generate --customers -5 --out o",
        "generate --customers 10 --as-of nope --out o",
        "generate --customers 10 --out afile",
        "notebook run garbage.bin --out o",
        "notebook run missing.ipynb --inplace",
        "demo --data emptydir --out o",
    };

    [Theory]
    [MemberData(nameof(BadCommands))]
    public void Every_command_explains_bad_input_with_a_fix_and_writes_nothing(string command)
    {
        var dir = Fixture.Value;
        var before = Directory.GetFileSystemEntries(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

        var r = CliRunner.Run(dir, command.Split(' '));

        r.ExitCode.Should().Be(2, r.ToString());
        r.Stderr.Should().StartWith("error: ", r.ToString());
        r.Stderr.Should().Contain("Fix: ", r.ToString());
        r.Stderr.Should().NotContain("internal error").And.NotContain("   at ").And.NotContain("Exception:");
        Directory.GetFileSystemEntries(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Should().Equal(before, "a failed command writes nothing and leaves no staging folder");
    }
}
