using System.Globalization;
using System.Text;
using SegmentationKit.Errors;

namespace SegmentationKit.Sql;

/// <summary>Values written into SQL as literals, escaped so that no string can end the literal
/// early, whatever the engine's settings. Numbers are written as a string cast to the engine's
/// 64-bit float, so the engine parses exactly the double the kit holds (round-trip "R" form) instead
/// of reading a decimal literal (PostgreSQL's numeric, DuckDB's DECIMAL) that it would round later.</summary>
public static class SqlLiteral
{
    public static string String(SqlDialect dialect, string value)
    {
        if (value.Contains('\0'))
            throw new ConfigurationException(null, "value", "a text holds the NUL character, which SQL text cannot hold", "remove it from the segment name or value");
        // Printable ASCII without quotes or backslashes reads the same in every dialect and setting.
        if (IsPlain(value)) return "'" + value + "'";
        return dialect switch
        {
            // E'' reads backslash escapes whatever standard_conforming_strings says, so escaping
            // both \ and ' leaves nothing that can close the literal.
            SqlDialect.Postgres => "E'" + value.Replace("\\", "\\\\").Replace("'", "''") + "'",
            // DuckDB: backslash is an ordinary character; a quote inside is doubled.
            SqlDialect.DuckDb => "'" + value.Replace("'", "''") + "'",
            // Spark reads backslash escapes unless spark.sql.parser.escapedStringLiterals is on; a
            // text that needs escaping is written as hex bytes instead, which means the same under
            // either setting.
            SqlDialect.Spark => $"decode(unhex('{Convert.ToHexString(Encoding.UTF8.GetBytes(value))}'), 'UTF-8')",
            // BigQuery and Snowflake always read backslash escapes in quoted strings.
            _ => "'" + Escaped(value) + "'",
        };
    }

    /// <summary>Printable ASCII without quotes or backslashes: safe as is in every dialect.</summary>
    private static bool IsPlain(string value)
    {
        foreach (var ch in value)
            if (ch < ' ' || ch > '~' || ch is '\'' or '"' or '\\' or '`') return false;
        return true;
    }

    private static string Escaped(string value)
    {
        var sb = new StringBuilder(value.Length + 8);
        foreach (var ch in value)
            sb.Append(ch switch
            {
                '\\' => "\\\\",
                '\'' => "\\'",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => ch.ToString(),
            });
        return sb.ToString();
    }

    /// <summary>A 64-bit float, exactly (infinities included; NaN is refused: no model holds one).</summary>
    public static string Double(SqlDialect dialect, double value)
    {
        if (double.IsNaN(value)) throw new ArgumentException("NaN has no place in a compiled model", nameof(value));
        var text = double.IsPositiveInfinity(value) ? (dialect == SqlDialect.BigQuery || dialect == SqlDialect.Snowflake ? "inf" : "Infinity")
            : double.IsNegativeInfinity(value) ? (dialect == SqlDialect.BigQuery || dialect == SqlDialect.Snowflake ? "-inf" : "-Infinity")
            : value.ToString("R", CultureInfo.InvariantCulture);
        return $"CAST('{text}' AS {SqlTypes.Double(dialect)})";
    }

    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Date(DateOnly value) => $"DATE '{value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}'";
}
