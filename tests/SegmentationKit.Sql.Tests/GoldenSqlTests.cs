using SegmentationKit.IO;
using SegmentationKit.Sql;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Sql.Tests;

/// <summary>The script for each dialect and model type, compared with the file under Golden/. The
/// Spark, BigQuery and Snowflake scripts are not run against a live engine here: these files are
/// what a reviewer checks against those engines' manuals (docs/warehouse.md). After an intended
/// change, SEGKIT_UPDATE_GOLDEN=1 rewrites them; review the diff.</summary>
public sealed class GoldenSqlTests
{
    public static TheoryData<SqlDialect, string> Cases()
    {
        var data = new TheoryData<SqlDialect, string>();
        foreach (var dialect in Enum.GetValues<SqlDialect>())
            foreach (var method in new[] { "rules", "rfm_window_mean", "value", "maturity_weighted", "cross", "kmeans_mixed", "gmm_diagonal", "lifecycle_tuned" })
                data.Add(dialect, method);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_compiled_script_is_the_reviewed_one(SqlDialect dialect, string method)
    {
        var model = SampleRuns.Fit(method);
        var saved = ModelFile.Write(model, SampleRuns.Data.Customers);
        var script = SegmentSql.Script(model, new SqlContext(dialect, new SqlTables(), SampleRuns.Data.AsOf, ModelFile.ColumnKinds(saved)));
        var file = RepoPaths.Combine("tests", "SegmentationKit.Sql.Tests", "Golden", $"{method}.{SqlDialects.Name(dialect)}.sql");
        if (Environment.GetEnvironmentVariable("SEGKIT_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, script);
        }
        File.Exists(file).Should().BeTrue($"{file} is the reviewed script; create it with SEGKIT_UPDATE_GOLDEN=1");
        script.Should().Be(File.ReadAllText(file).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Docs_show_the_value_script_as_compiled()
    {
        var golden = File.ReadAllText(RepoPaths.Combine("tests", "SegmentationKit.Sql.Tests", "Golden", "value.postgres.sql")).ReplaceLineEndings("\n");
        var doc = File.ReadAllText(RepoPaths.Combine("docs", "warehouse.md")).ReplaceLineEndings("\n");
        doc.Should().Contain("<!-- golden value.postgres.sql -->\n```sql\n" + golden + "```\n<!-- /golden -->",
            "docs/warehouse.md shows the value-tier script in full; paste Golden/value.postgres.sql there after it changes");
    }
}
