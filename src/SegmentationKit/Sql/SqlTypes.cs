namespace SegmentationKit.Sql;

/// <summary>The type names and the few functions whose spelling differs between dialects.</summary>
public static class SqlTypes
{
    /// <summary>The IEEE 754 64-bit float type.</summary>
    public static string Double(SqlDialect dialect) => dialect switch
    {
        SqlDialect.Postgres => "DOUBLE PRECISION",
        SqlDialect.BigQuery => "FLOAT64",
        _ => "DOUBLE",
    };

    public static string Text(SqlDialect dialect) => dialect switch
    {
        SqlDialect.Postgres or SqlDialect.DuckDb => "TEXT",
        SqlDialect.BigQuery or SqlDialect.Spark => "STRING",
        _ => "VARCHAR",
    };

    /// <summary>Whole days from <paramref name="from"/> to <paramref name="to"/> (both dates).</summary>
    public static string DaysBetween(SqlDialect dialect, string from, string to) => dialect switch
    {
        SqlDialect.Postgres => $"({to} - {from})",
        SqlDialect.DuckDb => $"date_diff('day', {from}, {to})",
        SqlDialect.Spark => $"datediff({to}, {from})",
        SqlDialect.BigQuery => $"DATE_DIFF({to}, {from}, DAY)",
        _ => $"DATEDIFF(day, {from}, {to})",
    };

    /// <summary>The expression read as a 64-bit float (integer and decimal columns included).</summary>
    public static string CastDouble(SqlDialect dialect, string expression) => $"CAST({expression} AS {Double(dialect)})";

    public static string CastDate(string expression) => $"CAST({expression} AS DATE)";
}
