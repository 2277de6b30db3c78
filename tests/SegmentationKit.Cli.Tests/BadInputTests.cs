using SegmentationKit.TestSupport;

namespace SegmentationKit.Cli.Tests;

/// <summary>Bad data through the CLI: exit code 2, the located message on stderr, no output folder.</summary>
public class BadInputTests
{
    private static (string Dir, CliResult Result) Describe(string customers, string? transactions = null, params string[] extra)
    {
        var dir = RepoPaths.NewTempFolder("segkit-bad");
        File.WriteAllText(Path.Combine(dir, "customers.csv"), customers);
        var args = new List<string> { "describe", "--customers", "customers.csv", "--out", "run" };
        if (transactions is not null)
        {
            File.WriteAllText(Path.Combine(dir, "transactions.csv"), transactions);
            args.AddRange(["--transactions", "transactions.csv"]);
        }
        args.AddRange(extra);
        return (dir, CliRunner.Run(dir, [.. args]));
    }

    internal static void ShouldFailWith(string dir, CliResult r, string location)
    {
        r.ExitCode.Should().Be(2, r.ToString());
        r.Stderr.Should().StartWith($"error: {location}");
        r.Stderr.Should().NotContain("   at ", "a user error shows no stack trace");
        Directory.Exists(Path.Combine(dir, "run")).Should().BeFalse("no output is written after an error");
        Directory.GetDirectories(dir).Should().BeEmpty("no staging folder is left behind");
    }

    [Fact]
    public void Missing_required_column_exits_2_naming_the_column()
    {
        var (dir, r) = Describe("id,arr\nA,1\n");
        ShouldFailWith(dir, r, "customers.csv:1, column 'customer_id': required column is missing");
    }

    [Fact]
    public void Unparsable_number_exits_2_naming_line_column_and_value()
    {
        var (dir, r) = Describe("customer_id,arr\nA,1\nB,1.2.3\n");
        ShouldFailWith(dir, r, "customers.csv:3, column 'arr': not a number (value '1.2.3')");
    }

    [Fact]
    public void Unparsable_date_exits_2()
    {
        var (dir, r) = Describe("customer_id,signup_date\nA,2024-02-30\n");
        ShouldFailWith(dir, r, "customers.csv:2, column 'signup_date': not a date (value '2024-02-30')");
    }

    [Fact]
    public void Duplicate_customer_id_exits_2()
    {
        var (dir, r) = Describe("customer_id\nA\nA\n");
        ShouldFailWith(dir, r, "customers.csv:3, column 'customer_id': duplicate customer id (first seen on line 2) (value 'A')");
    }

    [Fact]
    public void Negative_amount_exits_2()
    {
        var (dir, r) = Describe("customer_id\nA\n", "customer_id,date,amount\nA,2024-01-01,-10\n");
        ShouldFailWith(dir, r, "transactions.csv:2, column 'amount': the amount must be a finite number ≥ 0 (value '-10')");
    }

    [Fact]
    public void Transaction_for_unknown_customer_exits_2()
    {
        var (dir, r) = Describe("customer_id\nA\n", "customer_id,date,amount\nA,2024-01-01,10\nB,2024-01-01,10\n");
        ShouldFailWith(dir, r, "transactions.csv:3, column 'customer_id': transaction for a customer who is not in the customer file (value 'B')");
    }

    [Fact]
    public void Empty_file_exits_2()
    {
        var (dir, r) = Describe("");
        ShouldFailWith(dir, r, "customers.csv:1: the file is empty");
    }

    [Fact]
    public void Header_only_file_exits_2()
    {
        var (dir, r) = Describe("customer_id,arr\n");
        ShouldFailWith(dir, r, "customers.csv:1: the file has a header line but no data rows");
    }

    [Fact]
    public void Ragged_row_exits_2()
    {
        var (dir, r) = Describe("customer_id,plan,arr\nA,Standard\n");
        ShouldFailWith(dir, r, "customers.csv:2, column 'arr': the row has 2 fields but the header has 3");
    }

    [Fact]
    public void Bad_as_of_date_exits_2()
    {
        var (dir, r) = Describe("customer_id\nA\n", null, "--as-of", "31/12/2025");
        ShouldFailWith(dir, r, "--as-of: '31/12/2025' is not a date");
    }

    [Fact]
    public void Lenient_mode_reports_rejects_and_writes_them_all_to_rejects_csv()
    {
        var rows = string.Concat(Enumerable.Range(1, 25).Select(i => $"B{i},oops\n"));
        var (dir, r) = Describe("customer_id,arr\nA,1\n" + rows, null, "--lenient");

        r.ExitCode.Should().Be(0, r.ToString());
        r.Stderr.Should().Contain("warning: 25 rows rejected in lenient mode (customers.csv: 25)");
        r.Stderr.Split('\n').Count(l => l.Contains("not a number")).Should().Be(20, "the console shows the first 20");
        var rejects = File.ReadAllLines(Path.Combine(dir, "run", "rejects.csv"));
        rejects[0].Should().Be("file,line,column,value,reason");
        rejects.Should().HaveCount(26);
        rejects[1].Should().StartWith("customers.csv,3,arr,oops,\"not a number. Fix: write numbers like 1234.5");
        rejects[25].Should().StartWith("customers.csv,27,arr,oops,");
    }

    [Fact]
    public void An_output_that_would_overwrite_an_input_exits_2_and_leaves_the_input_alone()
    {
        var dir = RepoPaths.NewTempFolder("segkit-bad");
        const string input = "customer_id\nA\n";
        File.WriteAllText(Path.Combine(dir, "summary.json"), input);

        var r = CliRunner.Run(dir, "describe", "--customers", "summary.json", "--out", ".");

        r.ExitCode.Should().Be(2, r.ToString());
        r.Stderr.Should().Contain("the output would overwrite an input file");
        File.ReadAllText(Path.Combine(dir, "summary.json")).Should().Be(input);
    }

    [Fact]
    public void An_unknown_option_exits_2_with_the_help_that_fixes_it()
    {
        var r = CliRunner.Run(RepoPaths.NewTempFolder("segkit-bad"), "describe", "--customers", "c.csv", "--colour", "red");
        r.ExitCode.Should().Be(2, r.ToString());
        r.Stderr.Should().Contain("error: Unrecognized command or argument '--colour'")
            .And.Contain("Fix: see 'segkit describe --help' for the options.");
    }

    [Fact]
    public void A_missing_required_option_exits_2_naming_it()
    {
        var r = CliRunner.Run(RepoPaths.NewTempFolder("segkit-bad"), "describe");
        r.ExitCode.Should().Be(2, r.ToString());
        r.Stderr.Should().Contain("error: Option '--customers' is required.")
            .And.Contain("Fix: see 'segkit describe --help' for the options.");
        // segment reads files or a database (--db), so it names both ways.
        var s = CliRunner.Run(RepoPaths.NewTempFolder("segkit-bad"), "segment", "--method", "rfm", "--out", "run");
        s.ExitCode.Should().Be(2, s.ToString());
        s.Stderr.Should().Contain("error: --customers: segment needs a customer base.")
            .And.Contain("or --db CONNECTION --customers-table TABLE");
    }

    [Fact]
    public void Generate_writes_plain_text_without_terminal_escapes_when_its_output_is_redirected()
    {
        var dir = RepoPaths.NewTempFolder("segkit-plain");
        var r = CliRunner.Run(dir, "generate", "--customers", "50", "--seed", "3", "--out", "base");
        r.ExitCode.Should().Be(0, r.ToString());
        r.Stdout.Should().Contain("Wrote 50 customers").And.NotContain("\u001b", "a file or pipe gets no colour codes");
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_named_in_plain_words()
    {
        var r = CliRunner.Run(RepoPaths.NewTempFolder("segkit-bad"), "segment", "--method", "gmm", "--customers", "c.csv", "--out", "run", "--k", "five");
        r.ExitCode.Should().Be(2, r.ToString());
        r.Stderr.Should().Contain("error: Cannot parse argument 'five' for option '--k' as a whole number.");
    }
}
