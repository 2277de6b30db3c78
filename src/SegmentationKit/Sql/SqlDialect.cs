using SegmentationKit.Errors;

namespace SegmentationKit.Sql;

/// <summary>The SQL engines the kit writes for. PostgreSQL and DuckDB are run in the kit's tests;
/// Spark SQL, BigQuery and Snowflake are covered by golden-SQL tests only (docs/warehouse.md).</summary>
public enum SqlDialect
{
    Postgres,
    DuckDb,
    Spark,
    BigQuery,
    Snowflake,
}

/// <summary>Dialect names as typed on the command line.</summary>
public static class SqlDialects
{
    public static IReadOnlyList<string> Names { get; } = ["postgres", "duckdb", "spark", "bigquery", "snowflake"];

    public static string Name(SqlDialect dialect) => Names[(int)dialect];

    public static SqlDialect Parse(string name, string option = "--dialect")
    {
        var i = Names.ToList().IndexOf(name.Trim().ToLowerInvariant());
        return i >= 0 ? (SqlDialect)i
            : throw new ConfigurationException(null, option, $"'{name}' is not a SQL dialect the kit writes", $"use one of: {string.Join(", ", Names)}");
    }
}
