using SegmentationKit.Data;
using SegmentationKit.Segmenters.Rules;
using SegmentationKit.Sql;

namespace SegmentationKit.Sql.Tests;

/// <summary>Segment ids, values, column and table names that hold quotes, backticks, backslashes,
/// semicolons, comment markers, newlines and non-ASCII text stay data: run in DuckDB and PostgreSQL
/// they come back unchanged, and for every dialect the literal reads back to the same text and ends
/// where it should.</summary>
public sealed class HostileNameTests
{
    public static readonly string[] Hostile =
    [
        "plain",
        "O'Brien",
        "it''s",
        "back\\slash\\",
        "trailing backslash \\",
        "\\'; DROP TABLE customers; --",
        "'); DELETE FROM customers; /*",
        "double \"quote\"",
        "back`tick``",
        "new\nline\r\nand\ttab",
        "Zürich — Île-de-France, 東京, 😀",
        "$$ dollar $tag$",
        "E'x'",
    ];

    [Theory]
    [InlineData(SqlDialect.Postgres)]
    [InlineData(SqlDialect.DuckDb)]
    [InlineData(SqlDialect.Spark)]
    [InlineData(SqlDialect.BigQuery)]
    [InlineData(SqlDialect.Snowflake)]
    public void Every_hostile_text_reads_back_from_its_literal_unchanged(SqlDialect dialect)
    {
        foreach (var text in Hostile)
        {
            var literal = SqlLiteral.String(dialect, text);
            DialectReader.ReadString(dialect, literal, out var end).Should().Be(text, $"{dialect} literal {literal}");
            end.Should().Be(literal.Length, $"the literal {literal} must end where the kit ends it");
        }
    }

    [Theory]
    [InlineData(SqlDialect.Postgres)]
    [InlineData(SqlDialect.DuckDb)]
    [InlineData(SqlDialect.Spark)]
    [InlineData(SqlDialect.BigQuery)]
    [InlineData(SqlDialect.Snowflake)]
    public void Every_hostile_name_reads_back_from_its_quoted_identifier_unchanged(SqlDialect dialect)
    {
        foreach (var name in Hostile)
        {
            var quoted = SqlIdentifier.Quote(dialect, name);
            DialectReader.ReadIdentifier(dialect, quoted, out var end).Should().Be(name, $"{dialect} identifier {quoted}");
            end.Should().Be(quoted.Length);
        }
    }

    [Fact]
    public void A_name_with_a_NUL_character_is_refused_with_the_fix()
    {
        var act = () => SqlIdentifier.Quote(SqlDialect.Postgres, "bad\0name");
        act.Should().Throw<Errors.ConfigurationException>().WithMessage("*control character U+0000*rename*");
        var literal = () => SqlLiteral.String(SqlDialect.DuckDb, "bad\0value");
        literal.Should().Throw<Errors.ConfigurationException>().WithMessage("*NUL*");
    }

    [Fact]
    public void DuckDb_keeps_hostile_segment_ids_values_and_column_names_as_data() => RunHostile(new DuckDbEngine());

    [SkippableFact]
    public void Postgres_keeps_hostile_segment_ids_values_and_column_names_as_data() => RunHostile(PostgresCluster.Start());

    /// <summary>A customers table (itself with a hostile name) whose text column and numeric column
    /// have hostile names, holding every hostile text as a value; one rule per hostile value, with
    /// the hostile text as segment id. The database must give each customer the rule of its value.</summary>
    private static void RunHostile(SqlEngine engine)
    {
        using var _ = engine;
        var textColumn = "kind \"of\" `thing`; --\n'x'\\";
        var numberColumn = "size'; DROP TABLE t; --";
        var table = "cust'omers\"; --";
        var ids = Hostile.Select((_, i) => $"C{i}").Append("C-none").ToArray();
        var values = Hostile.Cast<string?>().Append(null).ToArray();
        var customers = new CustomerTable("hostile.csv", ids,
        [
            CategoricalColumn.FromValues(textColumn, values),
            new NumericColumn(numberColumn, ids.Select((_, i) => (double)i).ToArray()),
        ]);
        var builder = new RuleSetBuilder("hostile");
        for (var i = 0; i < Hostile.Length; i++)
            builder.Segment("rule " + i, When.Column(textColumn).Is(Hostile[i]).And(When.Column(numberColumn).AtLeast(i)), id: Hostile[i] + "#id");
        var model = new RulesModel(builder.Fallback("Other; --'", id: "other'\"; DROP TABLE x; --").Build());
        var expected = model.Assign(new SegmentationData(customers, null, null));

        TableLoader.Load(engine, customers, null, customersTable: table);
        var kinds = customers.Columns.ToDictionary(c => c.Name, c => c.Kind);
        var tables = new SqlTables(Customers: table, Target: "segkit \"out\"; --");
        engine.Execute(SegmentSql.Script(model, new SqlContext(engine.Dialect, tables, null, kinds)));

        var actual = engine.Assignments("segkit \"out\"; --");
        for (var i = 0; i < ids.Length; i++) actual[ids[i]].Should().Be(expected.SegmentIds[i]);
        expected.SegmentIds.Should().Contain(Hostile[1] + "#id").And.Contain("other'\"; DROP TABLE x; --");
        engine.Rows($"SELECT COUNT(*) FROM {SqlIdentifier.Table(engine.Dialect, table)}")[0][0].Should().Be(ids.Length.ToString());
    }
}
