using SegmentationKit.TestSupport;

namespace SegmentationKit.Sql.Tests;

/// <summary>What a user does: <c>segkit segment</c> on data-samples, <c>segkit sql</c> on the run
/// folder, the script run in the database loaded with the same files; every customer's segment in
/// the database equals the run's assignments (read back from the run folder).</summary>
public sealed class SegkitSqlEndToEndTests
{
    public static TheoryData<string> Methods => new(["rules", "rfm", "value", "maturity", "cross", "kmeans", "gmm", "lifecycle"]);

    [Theory]
    [MemberData(nameof(Methods))]
    public void DuckDb_run_of_segkit_sql_equals_the_runs_assignments(string method)
    {
        using var engine = new DuckDbEngine();
        Check(engine, method);
    }

    [SkippableTheory]
    [MemberData(nameof(Methods))]
    public void Postgres_run_of_segkit_sql_equals_the_runs_assignments(string method)
    {
        using var engine = PostgresCluster.Start();
        Check(engine, method);
    }

    private static void Check(SqlEngine engine, string method)
    {
        var work = RepoPaths.NewTempFolder("segkit-sql-e2e");
        try
        {
            var args = new List<string> { "segment", "--method", method, "--customers", RepoPaths.Combine("data-samples", "customers.csv"),
                "--transactions", RepoPaths.Combine("data-samples", "transactions.csv"), "--out", Path.Combine(work, "run") };
            if (method is "kmeans" or "gmm") args.AddRange(["--k", "5"]);
            if (method == "rules")
            {
                File.WriteAllText(Path.Combine(work, "rules.yaml"), SampleRuns.RulesYaml);
                args.AddRange(["--config", Path.Combine(work, "rules.yaml")]);
            }
            var segment = Segkit(work, [.. args]);
            segment.ExitCode.Should().Be(0, segment.Stderr);
            var sql = Segkit(work, "sql", "--run", Path.Combine(work, "run"), "--dialect", SqlDialects.Name(engine.Dialect), "--target", "out_" + method);
            sql.ExitCode.Should().Be(0, sql.Stderr);

            TableLoader.Load(engine, SampleRuns.Data.Customers, SampleRuns.Data.Transactions);
            engine.Execute(sql.Stdout);
            var inDatabase = engine.Assignments("out_" + method);
            var run = SegmentationKit.IO.SegmentationRunFolder.Read(Path.Combine(work, "run"));
            inDatabase.Should().HaveCount(run.CustomerCount);
            var differing = run.CustomerIds.Where((id, i) => inDatabase.GetValueOrDefault(id) != run.SegmentIds[i]).ToList();
            differing.Should().BeEmpty($"every customer's segment in {engine.Dialect} must be the run's; {differing.Count} differ");
        }
        finally
        {
            Directory.Delete(work, true);
        }
    }

    private static (int ExitCode, string Stdout, string Stderr) Segkit(string work, params string[] args)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h && File.Exists(h) ? h : "dotnet";
        return IntegrationTool.Run(host, [Path.Combine(AppContext.BaseDirectory, "segkit.dll"), .. args], work, timeoutMs: 600_000);
    }
}
