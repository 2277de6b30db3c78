using DuckDB.NET.Data;
using Parquet;
using Parquet.Schema;
using SegmentationKit.IO;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Cli.Tests;

/// <summary>Parquet through the CLI: <c>segkit convert</c> turns the sample base into Parquet,
/// <c>segment</c> on the Parquet files gives the run it gives on the CSV files, <c>--format parquet</c>
/// writes assignments.parquet with the values of assignments.csv, a file written by DuckDB reads, and a
/// column stored with the wrong type stops the run with one clear error and nothing written.</summary>
public class ParquetCommandTests
{
    private static string Samples(string file) => RepoPaths.Combine("data-samples", file);

    private static CliResult Run(string dir, params string[] args)
    {
        var r = CliRunner.Run(dir, args);
        return r;
    }

    /// <summary>profile.json without the two lines that name the input files (they differ by design).</summary>
    private static string[] ProfileWithoutSources(string file) =>
        File.ReadAllLines(file).Where(l => !l.Contains("\"customer_source\"") && !l.Contains("\"transaction_source\"")).ToArray();

    [Fact]
    public async Task Segment_on_the_Parquet_conversion_of_the_samples_matches_the_CSV_run_and_assignments_parquet_holds_the_CSV_values()
    {
        var dir = RepoPaths.NewTempFolder("segkit-parquet-cli");
        var convert = Run(dir, "convert", "--customers", Samples("customers.csv"), "--transactions", Samples("transactions.csv"), "--out", "pq");
        convert.ExitCode.Should().Be(0, convert.ToString());
        convert.Stdout.Should().Contain("customers.parquet, transactions.parquet, manifest.json (5,000 customers, 49,852 transactions)");

        var fromParquet = Run(dir, "segment", "--method", "rfm", "--customers", "pq/customers.parquet", "--transactions", "pq/transactions.parquet",
            "--out", "run-parquet", "--format", "parquet");
        var fromCsv = Run(dir, "segment", "--method", "rfm", "--customers", Samples("customers.csv"), "--transactions", Samples("transactions.csv"),
            "--out", "run-csv");
        fromParquet.ExitCode.Should().Be(0, fromParquet.ToString());
        fromCsv.ExitCode.Should().Be(0, fromCsv.ToString());

        File.ReadAllBytes(Path.Combine(dir, "run-parquet", "assignments.csv")).Should().Equal(File.ReadAllBytes(Path.Combine(dir, "run-csv", "assignments.csv")));
        File.ReadAllBytes(Path.Combine(dir, "run-parquet", "segmentation.json")).Should().Equal(File.ReadAllBytes(Path.Combine(dir, "run-csv", "segmentation.json")));
        ProfileWithoutSources(Path.Combine(dir, "run-parquet", "profile.json")).Should().Equal(ProfileWithoutSources(Path.Combine(dir, "run-csv", "profile.json")));
        fromParquet.Stdout.Should().Contain("Wrote").And.Contain("assignments.csv, assignments.parquet, segmentation.json");
        File.Exists(Path.Combine(dir, "run-csv", "assignments.parquet")).Should().BeFalse("--format csv is the default");
        File.ReadAllText(Path.Combine(dir, "run-parquet", "manifest.json")).Should().Contain("\"format\": \"parquet\"").And.Contain("assignments.parquet");

        // assignments.parquet read with Parquet.Net's own API: typed columns, the CSV's values one by one.
        var csvRun = SegmentationRunFolder.Read(Path.Combine(dir, "run-csv"));
        var parquetPath = Path.Combine(dir, "run-parquet", "assignments.parquet");
        var header = File.ReadLines(Path.Combine(dir, "run-csv", "assignments.csv")).First().Split(',');
        using (var stream = File.OpenRead(parquetPath))
        {
            var reader = await ParquetReader.CreateAsync(stream);
            var fields = reader.Schema.GetDataFields();
            fields.Select(f => f.Name).Should().Equal(header);
            fields.Take(3).Select(f => f.ClrType).Should().AllSatisfy(t => (t == typeof(string) || t == typeof(ReadOnlyMemory<char>)).Should().BeTrue());
            fields.Skip(3).Select(f => f.ClrType).Should().AllBeEquivalentTo(typeof(double));
            var rows = 0;
            foreach (var group in reader.RowGroups)
            {
                var n = (int)group.RowCount;
                var ids = new string?[n];
                var segments = new string?[n];
                await group.ReadAsync(fields[0], ids.AsMemory());
                await group.ReadAsync(fields[1], segments.AsMemory());
                var measures = new List<(string Name, double?[] Values)>();
                foreach (var f in fields.Skip(3))
                {
                    var values = new double?[n];
                    await group.ReadAsync<double>(f, values.AsMemory());
                    measures.Add((f.Name, values));
                }
                for (var i = 0; i < n; i++)
                {
                    ids[i].Should().Be(csvRun.CustomerIds[rows + i]);
                    segments[i].Should().Be(csvRun.SegmentIds[rows + i]);
                    foreach (var (name, values) in measures)
                    {
                        var expected = csvRun.CustomerMeasures[name][rows + i];
                        if (double.IsNaN(expected)) values[i].Should().BeNull();
                        else values[i].Should().Be(expected, $"{name} of {ids[i]}");
                    }
                }
                rows += n;
            }
            rows.Should().Be(5000);
            await reader.DisposeAsync();
        }

        // A run folder whose assignments.csv is gone reads the Parquet copy: the same segmentation.
        File.Delete(Path.Combine(dir, "run-parquet", "assignments.csv"));
        SegmentationRunFolder.Read(Path.Combine(dir, "run-parquet")).ToJson().Should().Be(csvRun.ToJson());
    }

    [Fact]
    public void A_Parquet_file_written_by_DuckDB_reads_and_segments_as_its_CSV_source()
    {
        var dir = RepoPaths.NewTempFolder("segkit-parquet-duckdb");
        // DuckDB's own types: BIGINT and DOUBLE from its CSV sniffer, DATE, BOOLEAN, VARCHAR; snappy row groups of 122,880 rows.
        using (var duck = new DuckDBConnection("Data Source=:memory:"))
        {
            duck.Open();
            using var command = duck.CreateCommand();
            command.CommandText =
                $"COPY (SELECT customer_id, CAST(date AS DATE) AS date, CAST(amount AS DECIMAL(12,2)) AS amount FROM read_csv('{Samples("transactions.csv")}')) " +
                $"TO '{Path.Combine(dir, "transactions.parquet")}' (FORMAT parquet);" +
                $"COPY (SELECT * FROM read_csv('{Samples("customers.csv")}')) TO '{Path.Combine(dir, "customers.parquet")}' (FORMAT parquet);";
            command.ExecuteNonQuery();
        }

        var fromDuckDb = Run(dir, "segment", "--method", "rfm", "--customers", "customers.parquet", "--transactions", "transactions.parquet", "--out", "run-duckdb");
        var fromCsv = Run(dir, "segment", "--method", "rfm", "--customers", Samples("customers.csv"), "--transactions", Samples("transactions.csv"), "--out", "run-csv");

        fromDuckDb.ExitCode.Should().Be(0, fromDuckDb.ToString());
        File.ReadAllBytes(Path.Combine(dir, "run-duckdb", "assignments.csv")).Should().Equal(File.ReadAllBytes(Path.Combine(dir, "run-csv", "assignments.csv")));
        ProfileWithoutSources(Path.Combine(dir, "run-duckdb", "profile.json")).Should().Equal(ProfileWithoutSources(Path.Combine(dir, "run-csv", "profile.json")));
    }

    [Fact]
    public async Task A_Parquet_column_of_the_wrong_type_exits_2_naming_file_column_and_fix_and_writes_nothing()
    {
        var dir = RepoPaths.NewTempFolder("segkit-parquet-badtype");
        var path = Path.Combine(dir, "transactions.parquet");
        using (var stream = File.Create(path))
        {
            var id = new DataField<string>("customer_id");
            var date = new DataField<DateOnly>("date");
            var amount = new DataField<string>("amount");
            var writer = await ParquetWriter.CreateAsync(new ParquetSchema(id, date, amount), stream);
            using (var group = writer.CreateRowGroup())
            {
                await group.WriteAsync(id, ["C0000001"]);
                await group.WriteAsync<DateOnly>(date, new[] { new DateOnly(2024, 1, 1) }.AsMemory());
                await group.WriteAsync(amount, ["12.50"]);
            }
            await writer.DisposeAsync();
        }

        var r = Run(dir, "segment", "--method", "rfm", "--customers", Samples("customers.csv"), "--transactions", "transactions.parquet", "--out", "run");

        r.ExitCode.Should().Be(2, r.ToString());
        r.Stderr.Should().Contain("transactions.parquet, column 'amount': the column is stored as text (VARCHAR) but 'amount' is read as a number. " +
            "Fix: store it as DOUBLE, BIGINT or DECIMAL: CAST(\"amount\" AS DOUBLE) in DuckDB, df[\"amount\"].astype(\"float64\") in pandas");
        r.Stderr.Should().NotContain("   at ");
        Directory.Exists(Path.Combine(dir, "run")).Should().BeFalse();
    }
}
