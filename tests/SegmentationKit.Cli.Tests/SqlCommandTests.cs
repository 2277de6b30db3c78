using SegmentationKit.TestSupport;

namespace SegmentationKit.Cli.Tests;

/// <summary><c>segkit sql</c> on a run of TestData/segment (the 12-customer order log of the RFM
/// tests): the script carries the run's cut points and as-of date; bad options and a run folder
/// without model.json exit 2 with the fix.</summary>
public class SqlCommandTests
{
    private static string Run(string method)
    {
        var dir = RepoPaths.NewTempFolder("segkit-sql");
        foreach (var f in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "segment")))
            File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        var r = CliRunner.Run(dir, ["segment", "--method", method, "--customers", "customers.csv", "--transactions", "transactions.csv",
            "--as-of", "2024-12-31", "--out", "run"]);
        r.ExitCode.Should().Be(0, r.ToString());
        return dir;
    }

    [Fact]
    public void Sql_prints_the_rfm_script_with_the_runs_cut_points_and_as_of_date()
    {
        var dir = Run("rfm");
        File.Exists(Path.Combine(dir, "run", "model.json")).Should().BeTrue();

        var r = CliRunner.Run(dir, "sql", "--run", "run", "--dialect", "postgres", "--customers-table", "crm.accounts", "--target", "out");

        r.ExitCode.Should().Be(0, r.ToString());
        r.Stdout.Should().StartWith("-- segkit: rfm model compiled for postgres\nDROP TABLE IF EXISTS \"out\";\nCREATE TABLE \"out\" AS\n");
        r.Stdout.Should().Contain("FROM \"crm\".\"accounts\" AS \"k\"").And.Contain("FROM \"transactions\"")
            .And.Contain("DATE '2024-12-31'").And.Contain("THEN 'champions'").And.Contain("ELSE 'others'");
        r.Stderr.Should().BeEmpty();
    }

    [Fact]
    public void An_unknown_dialect_exits_2_and_lists_the_dialects()
    {
        var dir = Run("value");
        var r = CliRunner.Run(dir, "sql", "--run", "run", "--dialect", "oracle");
        r.ExitCode.Should().Be(2);
        r.Stderr.Should().Contain("'oracle' is not a SQL dialect").And.Contain("postgres, duckdb, spark, bigquery, snowflake");
        r.Stdout.Should().BeEmpty();
    }

    [Fact]
    public void A_run_without_model_json_exits_2_and_says_to_segment_again()
    {
        var dir = Run("value");
        File.Delete(Path.Combine(dir, "run", "model.json"));
        var r = CliRunner.Run(dir, "sql", "--run", "run", "--dialect", "duckdb");
        r.ExitCode.Should().Be(2);
        r.Stderr.Should().Contain("has no model.json").And.Contain("run segkit segment again");
        r.Stdout.Should().BeEmpty();
    }
}
