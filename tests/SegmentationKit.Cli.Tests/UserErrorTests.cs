using SegmentationKit.TestSupport;

namespace SegmentationKit.Cli.Tests;

/// <summary>Every error a user can cause ends in exit code 2 with a message that names what they typed
/// and a "Fix:", never "internal error" (exit 70) or a stack trace: --out problems, missing run folders,
/// malformed configuration files, configuration files built to exhaust memory or the stack, options
/// named as the user typed them (issue 18).</summary>
public class UserErrorTests
{
    private const string Customers = "customer_id,industry,arr\nA,Retail,100\nB,Food,200\nC,Retail,300\nD,Food,50\n";

    private static string Folder(string customers = Customers)
    {
        var dir = RepoPaths.NewTempFolder("segkit-usererr");
        File.WriteAllText(Path.Combine(dir, "customers.csv"), customers);
        return dir;
    }

    internal static void ShouldBeUserError(CliResult r, string start)
    {
        r.ExitCode.Should().Be(2, r.ToString());
        r.Stderr.Should().StartWith("error: " + start, r.ToString());
        r.Stderr.Should().Contain("Fix: ");
        r.Stderr.Should().NotContain("internal error").And.NotContain("   at ");
    }

    private static void NoStagingLeft(string dir) =>
        Directory.GetDirectories(dir, "*segkit-staging*", SearchOption.AllDirectories).Should().BeEmpty("no staging folder is left behind");

    [Fact]
    public void Out_naming_an_existing_file_exits_2_and_leaves_the_file_alone()
    {
        var dir = Folder();
        File.WriteAllText(Path.Combine(dir, "results"), "mine");

        var r = CliRunner.Run(dir, "segment", "--method", "value", "--customers", "customers.csv", "--out", "results");

        ShouldBeUserError(r, "--out: 'results' is a file, not a folder. Fix: give --out the path of a folder to create or replace");
        File.ReadAllText(Path.Combine(dir, "results")).Should().Be("mine");
        NoStagingLeft(dir);
    }

    [Fact]
    public void Out_under_a_file_exits_2()
    {
        var dir = Folder();
        File.WriteAllText(Path.Combine(dir, "notes.txt"), "mine");

        var r = CliRunner.Run(dir, "describe", "--customers", "customers.csv", "--out", "notes.txt/run");

        ShouldBeUserError(r, "--out: 'notes.txt/run' is under ");
        r.Stderr.Should().Contain("notes.txt', which is a file");
    }

    [Fact]
    public void Out_with_a_name_too_long_exits_2()
    {
        var dir = Folder();
        var name = new string('r', 300);

        var r = CliRunner.Run(dir, "generate", "--customers", "10", "--out", name);

        ShouldBeUserError(r, "--out: '");
        r.Stderr.Should().Contain("is too long (a name of 300 bytes; file systems allow 255 per name). Fix: give --out a shorter name");
    }

    [SkippableFact]
    public void Out_on_a_read_only_disk_exits_2_naming_the_folder()
    {
        var dir = Folder();
        var mount = Path.Combine(dir, "readonly");

        var r = CliRunner.RunOnTmpfs(dir, mount, "ro", "segment", "--method", "value", "--customers", "customers.csv", "--out", "readonly/run");

        ShouldBeUserError(r, "--out: 'readonly/run' is on a read-only file system. Fix: give --out a folder on a disk you can write to");
    }

    [SkippableFact]
    public void A_full_disk_while_writing_exits_2_and_leaves_no_half_written_run()
    {
        var dir = Folder();
        var mount = Path.Combine(dir, "small");

        // 2,000 customers write about 100 KB; the disk holds 48 KB.
        var r = CliRunner.RunOnTmpfs(dir, mount, "size=48k", "generate", "--customers", "2000", "--out", "small/run");

        ShouldBeUserError(r, "--out: 'small/run': the disk is full (no space left while writing the run). Fix: free space on the disk that holds");
        Directory.GetFileSystemEntries(mount).Should().BeEmpty("the tmpfs is private to the child; nothing leaks into the real folder");
    }

    [Theory]
    [InlineData("report", "--run", "nowhere", "--out", "rep")]
    [InlineData("profile", "--run", "nowhere", "--customers", "customers.csv", "--out", "prof")]
    [InlineData("compare", "nowhere", "also-nowhere", "--out", "cmp")]
    public void A_missing_run_folder_exits_2_naming_it(params string[] args)
    {
        var dir = Folder();

        var r = CliRunner.Run(dir, args);

        ShouldBeUserError(r, $"{(args[0] == "compare" ? "runs" : "--run")}: the run folder 'nowhere' does not exist. Fix: give ");
    }

    [Fact]
    public void A_run_file_that_is_not_what_the_kit_wrote_exits_2()
    {
        var dir = Folder();
        Directory.CreateDirectory(Path.Combine(dir, "run"));
        File.WriteAllText(Path.Combine(dir, "run", "segmentation.json"),
            "{\"method\":\"x\",\"segments\":[],\"assignments\":[{\"customer_id\":\"A\",\"segment_id\":\"nope\"}]}");

        var r = CliRunner.Run(dir, "profile", "--run", "run", "--customers", "customers.csv", "--out", "prof");

        ShouldBeUserError(r, "run/segmentation.json: not a valid segmentation: ");
        r.Stderr.Should().Contain("Fix: rerun segkit segment to write it again");
    }

    [Theory]
    [InlineData("customers:\n  [a, b]: customer_id\n", "mapping.yaml: customers (line 2): a key must be plain text, not a list")]
    [InlineData("[customers]: x\n", "mapping.yaml: line 1: a key must be plain text, not a list")]
    [InlineData("customers:\n  Client: { name: [a], kind: text }\n", "mapping.yaml: customers.Client.kind: unknown kind 'text'")]
    [InlineData("customers: [a, b]\n", "mapping.yaml: customers: expected one 'source header: name' entry per line")]
    [InlineData("customers:\n  Client: customer_id\n  Client: other\n", "mapping.yaml: ")]
    public void A_malformed_mapping_exits_2_naming_file_and_key(string yaml, string start)
    {
        var dir = Folder();
        File.WriteAllText(Path.Combine(dir, "mapping.yaml"), yaml);

        var r = CliRunner.Run(dir, "describe", "--customers", "customers.csv", "--mapping", "mapping.yaml");

        ShouldBeUserError(r, start);
    }

    [Fact]
    public void A_branding_file_with_a_list_as_a_key_exits_2()
    {
        var dir = Folder();
        File.WriteAllText(Path.Combine(dir, "brand.yaml"), "[company_name]: Acme\n");

        var r = CliRunner.Run(dir, "report", "--run", "nowhere", "--brand", "brand.yaml", "--out", "rep");

        ShouldBeUserError(r, "brand.yaml: line 1: a key must be plain text, not a list");
    }

    [Fact]
    public void A_logo_that_is_not_an_image_exits_2()
    {
        var dir = Folder();
        File.WriteAllText(Path.Combine(dir, "brand.yaml"), "company_name: Acme\nlogo: logo.png\n");
        File.WriteAllText(Path.Combine(dir, "logo.png"), "<!DOCTYPE html><title>404</title>");

        var r = CliRunner.Run(dir, "report", "--run", "nowhere", "--brand", "brand.yaml", "--out", "rep");

        ShouldBeUserError(r, "brand.yaml: logo: 'logo.png' is not an image (its content is neither PNG nor JPEG). Fix: export the logo again");
    }

    public static TheoryData<string, string> HostileRules()
    {
        var laughs = new List<string> { "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]" };
        for (var (i, prev) = (0, 'a'); i < 8; i++, prev++) laughs.Add($"{(char)(prev + 1)}: &{(char)(prev + 1)} [{string.Join(", ", Enumerable.Repeat("*" + prev, 9))}]");
        laughs.Add("rules:\n  rules:\n    - name: x\n      when: { industry: *i }");
        return new TheoryData<string, string>
        {
            { string.Join("\n", laughs) + "\n", "values once its aliases (*name) are expanded (alias expansion limit)" },
            { "rules:\n  rules:\n    - name: x\n      when: " + string.Concat(Enumerable.Repeat("{not: ", 20_000)) + "{industry: [Retail]}" + new string('}', 20_000) + "\n",
                "nested more than 64 levels deep (nesting limit)" },
            { "rules: " + new string('[', 10_000) + new string(']', 10_000) + "\n", "nested more than 64 levels deep (nesting limit)" },
            { "rules:\n  rules:\n" + string.Concat(Enumerable.Range(0, 40_000).Select(i => $"    - name: rule number {i} with a long name\n      when: {{ industry: [Retail] }}\n")),
                "a configuration may have at most 1,048,576 (size limit)" },
            { "a: &a [*a]\n", "refers to the value it is part of" },
        };
    }

    [Theory]
    [MemberData(nameof(HostileRules))]
    public void A_rules_file_built_to_exhaust_memory_or_the_stack_exits_2_naming_the_limit(string yaml, string problem)
    {
        var dir = Folder();
        File.WriteAllText(Path.Combine(dir, "rules.yaml"), yaml);

        var r = CliRunner.Run(dir, "segment", "--method", "rules", "--customers", "customers.csv", "--config", "rules.yaml", "--out", "run");

        ShouldBeUserError(r, "rules.yaml: ");
        r.Stderr.Should().Contain(problem);
        Directory.Exists(Path.Combine(dir, "run")).Should().BeFalse();
    }

    [Theory]
    [InlineData("segment --method kmeans --k 0", "--k: must be at least 1; got 0")]
    [InlineData("segment --method gmm --k -3", "--k: must be at least 1; got -3")]
    [InlineData("segment --method needs --k 0", "--k: must be at least 1; got 0")]
    [InlineData("cluster --k 0", "--k: must be at least 1; got 0")]
    [InlineData("choose-k --k-min 1", "--k-min: must be at least 2")]
    [InlineData("choose-k --k-max 40", "--k-max: must be below the number of rows")]
    [InlineData("choose-k --k-max 3 --restarts 0", "--restarts: must be at least 1; got 0")]
    [InlineData("generate --customers 0", "--customers: must be between 1 and 100,000,000")]
    public void Errors_name_the_option_the_user_typed_not_an_internal_name(string command, string start)
    {
        var dir = Folder("customer_id,x,y\nA,1,2\nB,2,3\nC,3,1\nD,8,9\nE,9,8\n");
        File.Copy(Path.Combine(dir, "customers.csv"), Path.Combine(dir, "data.csv"));
        var args = command.Split(' ').ToList();
        if (args[0] == "segment") args.AddRange(["--customers", "customers.csv", "--out", "run"]);
        if (args[0] is "cluster" or "choose-k") args.AddRange(["--data", "data.csv", "--exclude", "customer_id"]);
        if (args[0] is "cluster" or "generate") args.AddRange(["--out", "run"]);

        var r = CliRunner.Run(dir, [.. args]);

        ShouldBeUserError(r, start);
        r.Stderr.Should().NotMatchRegex(@"error: (clusters|components|k_min|k_max|restarts|customers):");
    }

    [Fact]
    public void Report_on_one_rule_per_industry_of_the_sample_succeeds()
    {
        var dir = RepoPaths.NewTempFolder("segkit-usererr");
        var industries = new[] { "Banking-Insurance", "Food", "Industry", "Media", "Public", "Retail", "Services" };
        File.WriteAllText(Path.Combine(dir, "rules.yaml"), "rules:\n  rules:\n" +
            string.Concat(industries.Select(i => $"    - name: {i}\n      when: {{ industry: [{i}] }}\n")) + "  fallback: { id: other, name: Other }\n");
        var samples = RepoPaths.Combine("data-samples");

        var seg = CliRunner.Run(dir, "segment", "--method", "rules", "--customers", Path.Combine(samples, "customers.csv"),
            "--transactions", Path.Combine(samples, "transactions.csv"), "--config", "rules.yaml", "--out", "run");
        seg.ExitCode.Should().Be(0, seg.ToString());
        var report = CliRunner.Run(dir, "report", "--run", "run", "--out", "rep", "--creation-date", "2026-01-01");

        report.ExitCode.Should().Be(0, report.ToString());
        // Every sample customer has an industry, so the fallback is empty: listed in the overview, no report of its own.
        Directory.GetFiles(Path.Combine(dir, "rep"), "*.pdf").Should().HaveCount(industries.Length + 1, "a report per industry and the overview");
    }
}
