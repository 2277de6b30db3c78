using System.Text.Json.Nodes;
using SegmentationKit.IO;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Sql.Tests;

/// <summary><c>segkit segment --db</c> on PostgreSQL (a throw-away cluster) and on a DuckDB file, both
/// loaded with data-samples: the same RFM cut points (to the last bit) and the same segment for every
/// customer as the file run; clusterings on every row equal the file run; --write-back's table equals
/// assignments.csv; hostile table names are quoted, a missing table is a clear exit 2 that writes
/// nothing; the password never shows.</summary>
public sealed class SegmentFromDatabaseTests
{
    private static readonly string Customers = RepoPaths.Combine("data-samples", "customers.csv");
    private static readonly string Transactions = RepoPaths.Combine("data-samples", "transactions.csv");

    public static TheoryData<string, string> RfmCases => new()
    {
        { "postgres", "" },
        { "duckdb", "" },
        { "postgres", "rfm.window_days=365,rfm.monetary=mean" },
        { "duckdb", "rfm.window_days=365,rfm.monetary=mean" },
    };

    [SkippableTheory]
    [MemberData(nameof(RfmCases))]
    public void Rfm_from_the_database_has_the_file_runs_cut_points_and_segments(string engine, string settings)
    {
        using var db = Database.Create(engine, "customers", "transactions");
        var sets = settings.Split(',', StringSplitOptions.RemoveEmptyEntries).SelectMany(s => new[] { "--set", s }).ToArray();
        var file = Segkit(db.Work, ["segment", "--method", "rfm", "--customers", Customers, "--transactions", Transactions, "--out", Path.Combine(db.Work, "file"), .. sets]);
        file.ExitCode.Should().Be(0, file.Stderr);
        var run = Segkit(db.Work, ["segment", "--method", "rfm", "--db", db.Connection, "--customers-table", "customers", "--transactions-table", "transactions",
            "--out", Path.Combine(db.Work, "db"), "--write-back", .. sets]);
        run.ExitCode.Should().Be(0, run.Stderr);

        foreach (var cuts in new[] { "recency_cuts", "frequency_cuts", "monetary_cuts" })
            Cuts(db.Work, "db", cuts).Should().Equal(Cuts(db.Work, "file", cuts), $"the {cuts} from SQL order statistics must be the file run's, bit for bit");
        Cuts(db.Work, "file", "monetary_cuts").Should().OnlyHaveUniqueItems().And.HaveCount(4);

        var expected = SegmentationRunFolder.Read(Path.Combine(db.Work, "file"));
        var actual = SegmentationRunFolder.Read(Path.Combine(db.Work, "db"));
        actual.CustomerIds.Should().Equal(expected.CustomerIds);
        actual.SegmentIds.Should().Equal(expected.SegmentIds, "every customer gets the file run's RFM segment");
        foreach (var score in new[] { "r_score", "f_score", "m_score", "recency_days", "frequency" })
            actual.CustomerMeasures[score].Should().Equal(expected.CustomerMeasures[score], score);
        expected.Sizes().Count(s => s > 0).Should().BeGreaterThan(5);

        var table = db.Use(e => e.Assignments());
        table.Should().HaveCount(expected.CustomerCount);
        expected.CustomerIds.Select((id, i) => table[id] == expected.SegmentIds[i]).Should().AllBeEquivalentTo(true, "the written-back table is assignments.csv");
        var manifest = File.ReadAllText(Path.Combine(db.Work, "db", "manifest.json"));
        manifest.Should().Contain("\"customers_table\": \"customers\"").And.Contain("\"write_back\": \"segkit_assignments\"");
    }

    [SkippableTheory]
    [InlineData("postgres")]
    [InlineData("duckdb")]
    public void Kmeans_on_every_row_of_the_database_equals_the_file_run(string engine)
    {
        using var db = Database.Create(engine, "customers", null);
        var file = Segkit(db.Work, "segment", "--method", "kmeans", "--k", "5", "--customers", Customers, "--out", Path.Combine(db.Work, "file"));
        file.ExitCode.Should().Be(0, file.Stderr);
        var run = Segkit(db.Work, "segment", "--method", "kmeans", "--k", "5", "--db", db.Connection, "--customers-table", "customers", "--sample", "0", "--out", Path.Combine(db.Work, "db"));
        run.ExitCode.Should().Be(0, run.Stderr);
        SegmentationRunFolder.Read(Path.Combine(db.Work, "db")).SegmentIds
            .Should().Equal(SegmentationRunFolder.Read(Path.Combine(db.Work, "file")).SegmentIds);
    }

    [Fact]
    public void Kmeans_on_a_seeded_sample_is_the_same_for_the_same_seed_and_says_so()
    {
        using var db = Database.Create("duckdb", "customers", null);
        string[] Args(string output) => ["segment", "--method", "kmeans", "--k", "4", "--db", db.Connection, "--customers-table", "customers", "--sample", "1000", "--seed", "7", "--out", Path.Combine(db.Work, output)];
        var first = Segkit(db.Work, Args("a"));
        first.ExitCode.Should().Be(0, first.Stderr);
        first.Stdout.Should().Contain("seeded sample of 1,000 of 5,000 customers");
        Segkit(db.Work, Args("b")).ExitCode.Should().Be(0);
        File.ReadAllText(Path.Combine(db.Work, "b", "assignments.csv")).Should().Be(File.ReadAllText(Path.Combine(db.Work, "a", "assignments.csv")));
        File.ReadAllText(Path.Combine(db.Work, "a", "manifest.json")).Should().Contain("\"sample\": \"1000\"");
        SegmentationRunFolder.Read(Path.Combine(db.Work, "a")).CustomerCount.Should().Be(5000, "every customer is assigned by the model fitted on the sample");
    }

    [SkippableTheory]
    [InlineData("postgres")]
    [InlineData("duckdb")]
    public void Hostile_table_names_are_quoted_and_a_missing_table_writes_nothing(string engine)
    {
        const string customers = "cust'omers\"; --";
        const string orders = "orders\"; DROP TABLE x; --";
        using var db = Database.Create(engine, customers, orders);
        var file = Segkit(db.Work, "segment", "--method", "rfm", "--customers", Customers, "--transactions", Transactions, "--out", Path.Combine(db.Work, "file"));
        var run = Segkit(db.Work, "segment", "--method", "rfm", "--db", db.Connection, "--customers-table", customers, "--transactions-table", orders,
            "--out", Path.Combine(db.Work, "db"), "--write-back", "--target", "segs'; --");
        run.ExitCode.Should().Be(0, run.Stderr);
        SegmentationRunFolder.Read(Path.Combine(db.Work, "db")).SegmentIds.Should().Equal(SegmentationRunFolder.Read(Path.Combine(db.Work, "file")).SegmentIds);
        db.Use(e => e.Assignments("segs'; --")).Should().HaveCount(5000);

        var missing = Segkit(db.Work, "segment", "--method", "rfm", "--db", db.Connection, "--customers-table", "customers; DROP TABLE customers; --",
            "--transactions-table", orders, "--out", Path.Combine(db.Work, "missing"));
        missing.ExitCode.Should().Be(2, missing.Stderr);
        missing.Stderr.Should().Contain("--customers-table").And.Contain("customers; DROP TABLE customers; --").And.NotContain("   at ");
        Directory.Exists(Path.Combine(db.Work, "missing")).Should().BeFalse("a failed run leaves no folder");
        db.Use(e => e.Rows($"SELECT COUNT(*) FROM {Sql.SqlIdentifier.Table(e.Dialect, customers)}"))[0][0].Should().Be("5000");
    }

    [SkippableTheory]
    [InlineData("postgres")]
    [InlineData("duckdb")]
    public void A_failed_write_back_keeps_the_old_table_and_writes_no_folder(string engine)
    {
        using var db = Database.Create(engine, "customers", null);
        var first = Segkit(db.Work, "segment", "--method", "value", "--db", db.Connection, "--customers-table", "customers", "--out", Path.Combine(db.Work, "first"), "--write-back");
        first.ExitCode.Should().Be(0, first.Stderr);
        var failed = Segkit(db.Work, "segment", "--method", "value", "--db", db.Connection, "--customers-table", "customers", "--out", Path.Combine(db.Work, "second"),
            "--write-back", "--target", "no_such_schema.assignments");
        failed.ExitCode.Should().Be(2, failed.Stderr);
        failed.Stderr.Should().Contain("--target");
        Directory.Exists(Path.Combine(db.Work, "second")).Should().BeFalse();
        db.Use(e => e.Assignments()).Should().HaveCount(5000, "the table of the first run is untouched");
    }

    [Theory]
    [InlineData("")]
    [InlineData("rfm.window_days=365,rfm.monetary=mean")]
    public void Rfm_with_the_duckdb_engine_equals_the_in_process_run(string settings)
    {
        var work = RepoPaths.NewTempFolder("segkit-engine");
        try
        {
            var sets = settings.Split(',', StringSplitOptions.RemoveEmptyEntries).SelectMany(s => new[] { "--set", s }).ToArray();
            string[] Args(string output, params string[] more) => ["segment", "--method", "rfm", "--customers", Customers, "--transactions", Transactions, "--out", Path.Combine(work, output), .. sets, .. more];
            var file = Segkit(work, Args("file"));
            file.ExitCode.Should().Be(0, file.Stderr);
            var engine = Segkit(work, Args("engine", "--engine", "duckdb"));
            engine.ExitCode.Should().Be(0, engine.Stderr);
            foreach (var cuts in new[] { "recency_cuts", "frequency_cuts", "monetary_cuts" })
                Cuts(work, "engine", cuts).Should().Equal(Cuts(work, "file", cuts), cuts);
            var expected = SegmentationRunFolder.Read(Path.Combine(work, "file"));
            var actual = SegmentationRunFolder.Read(Path.Combine(work, "engine"));
            actual.CustomerIds.Should().Equal(expected.CustomerIds);
            actual.SegmentIds.Should().Equal(expected.SegmentIds);
            foreach (var score in new[] { "r_score", "f_score", "m_score", "recency_days", "frequency" })
                actual.CustomerMeasures[score].Should().Equal(expected.CustomerMeasures[score], score);
            File.ReadAllText(Path.Combine(work, "engine", "manifest.json")).Should().Contain("\"engine\": \"duckdb\"").And.Contain("transactions.csv");
        }
        finally
        {
            Directory.Delete(work, true);
        }
    }

    [Fact]
    public void File_options_with_db_exit_2_naming_the_one_to_drop()
    {
        using var db = Database.Create("duckdb", "customers", null);
        var both = Segkit(db.Work, "segment", "--method", "value", "--db", db.Connection, "--customers-table", "customers", "--customers", Customers, "--out", Path.Combine(db.Work, "x"));
        both.ExitCode.Should().Be(2, both.Stderr);
        both.Stderr.Should().Contain("--customers: --customers reads files; with --db the base comes from the database").And.Contain("--customers-table");
        var noTable = Segkit(db.Work, "segment", "--method", "value", "--db", db.Connection, "--out", Path.Combine(db.Work, "x"));
        noTable.ExitCode.Should().Be(2);
        noTable.Stderr.Should().Contain("--db needs the table of customers");
        var lifecycle = Segkit(db.Work, "segment", "--method", "lifecycle", "--db", db.Connection, "--customers-table", "customers", "--transactions-table", "transactions", "--out", Path.Combine(db.Work, "x"));
        lifecycle.ExitCode.Should().Be(2);
        lifecycle.Stderr.Should().Contain("customer rows only").And.Contain("segkit sql");
        Directory.Exists(Path.Combine(db.Work, "x")).Should().BeFalse();
    }

    [Fact]
    public void An_order_of_a_customer_missing_from_the_customers_table_is_an_error_as_on_files()
    {
        using var db = Database.Create("duckdb", "customers", "transactions");
        db.Use(e => { e.Execute("DELETE FROM customers WHERE customer_id = 'C0000001'"); return 0; });
        var run = Segkit(db.Work, "segment", "--method", "rfm", "--db", db.Connection, "--customers-table", "customers", "--transactions-table", "transactions", "--out", Path.Combine(db.Work, "db"));
        run.ExitCode.Should().Be(2, run.Stderr);
        run.Stderr.Should().Contain("C0000001").And.Contain("not in the customer table").And.Contain("table transactions");
        Directory.Exists(Path.Combine(db.Work, "db")).Should().BeFalse();
    }

    [SkippableFact]
    public void The_password_never_shows_in_messages_or_the_manifest()
    {
        using var db = Database.Create("postgres", "customers", null);
        const string secret = "Sup3r-Secret-pw";
        var connection = db.Connection + $";Password={secret}"; // the test cluster trusts local users, so any password connects
        var ok = Segkit(db.Work, "segment", "--method", "value", "--db", connection, "--customers-table", "customers", "--out", Path.Combine(db.Work, "ok"));
        ok.ExitCode.Should().Be(0, ok.Stderr);
        foreach (var f in Directory.GetFiles(Path.Combine(db.Work, "ok"))) File.ReadAllText(f).Should().NotContain(secret, f);
        ok.Stdout.Should().NotContain(secret);
        var bad = Segkit(db.Work, "segment", "--method", "value", "--db", connection, "--customers-table", "nope", "--out", Path.Combine(db.Work, "bad"));
        bad.ExitCode.Should().Be(2);
        (bad.Stderr + bad.Stdout).Should().NotContain(secret).And.Contain("nope");
        var unreachable = Segkit(db.Work, "segment", "--method", "value", "--db", $"Host=127.0.0.1;Port=1;Username=x;Password={secret};Timeout=3", "--customers-table", "customers", "--out", Path.Combine(db.Work, "bad"));
        unreachable.ExitCode.Should().Be(2);
        (unreachable.Stderr + unreachable.Stdout).Should().NotContain(secret).And.Contain("could not connect");
    }

    private static double[] Cuts(string work, string run, string key) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(work, run, ModelFile.FileName)))!["model"]![key]!.AsArray().Select(v => v!.GetValue<double>()).ToArray();

    private static (int ExitCode, string Stdout, string Stderr) Segkit(string work, params string[] args) => SegkitProcess.Run(work, args);

    /// <summary>A database loaded with data-samples under the given table names, and a work folder.</summary>
    private sealed class Database : IDisposable
    {
        private readonly PostgresCluster? _postgres;
        private readonly string? _duckFile;

        private Database(PostgresCluster? postgres, string? duckFile, string work)
        {
            _postgres = postgres;
            _duckFile = duckFile;
            Work = work;
        }

        public string Work { get; }
        public string Connection => _postgres?.ConnectionString ?? _duckFile!;

        public static Database Create(string engine, string customersTable, string? transactionsTable)
        {
            var work = RepoPaths.NewTempFolder("segkit-db");
            var postgres = engine == "postgres" ? PostgresCluster.Start() : null;
            var db = new Database(postgres, postgres is null ? Path.Combine(work, "base.duckdb") : null, work);
            var data = SampleRuns.Data;
            db.Use(e =>
            {
                TableLoader.Load(e, data.Customers, transactionsTable is null ? null : data.Transactions, customersTable, transactionsTable ?? "transactions");
                return 0;
            });
            return db;
        }

        /// <summary>Runs <paramref name="use"/> on the database; a DuckDB file is opened only for it
        /// (DuckDB lets one process hold a file, and segkit runs as another).</summary>
        public T Use<T>(Func<SqlEngine, T> use)
        {
            if (_postgres is not null) return use(_postgres);
            using var duck = new DuckDbEngine(_duckFile!);
            return use(duck);
        }

        public void Dispose()
        {
            _postgres?.Dispose();
            try { Directory.Delete(Work, true); } catch (IOException) { }
        }
    }
}
