using System.Text;
using SegmentationKit.Sql;

namespace SegmentationKit.Sql.Tests;

/// <summary>Reads a string literal or quoted identifier back as each engine's lexer does (for the
/// three dialects not run here, from their reference manuals), so the tests can check that what the
/// kit writes ends where it should and means what it should.</summary>
internal static class DialectReader
{
    public static string ReadString(SqlDialect dialect, string sql, out int end)
    {
        if (dialect == SqlDialect.Spark && sql.StartsWith("decode(unhex('", StringComparison.Ordinal))
        {
            var close = sql.IndexOf("'), 'UTF-8')", StringComparison.Ordinal);
            end = close + "'), 'UTF-8')".Length;
            return Encoding.UTF8.GetString(Convert.FromHexString(sql[14..close]));
        }
        var backslashEscapes = dialect switch
        {
            SqlDialect.Postgres => sql.StartsWith("E'", StringComparison.Ordinal),
            SqlDialect.DuckDb => false,
            _ => true,
        };
        var start = sql.StartsWith("E'", StringComparison.Ordinal) ? 2 : 1;
        return Read(sql, start, '\'', backslashEscapes, doubling: dialect is SqlDialect.Postgres or SqlDialect.DuckDb or SqlDialect.Snowflake, out end);
    }

    public static string ReadIdentifier(SqlDialect dialect, string sql, out int end) => dialect switch
    {
        SqlDialect.Spark => Read(sql, 1, '`', false, true, out end),
        SqlDialect.BigQuery => Read(sql, 1, '`', true, false, out end),
        _ => Read(sql, 1, '"', false, true, out end),
    };

    private static string Read(string sql, int start, char quote, bool backslashEscapes, bool doubling, out int end)
    {
        var sb = new StringBuilder();
        var i = start;
        while (true)
        {
            if (i >= sql.Length) throw new FormatException($"unterminated: {sql}");
            var ch = sql[i];
            if (backslashEscapes && ch == '\\')
            {
                var next = sql[i + 1];
                sb.Append(next switch { 'n' => '\n', 'r' => '\r', 't' => '\t', _ => next });
                i += 2;
                continue;
            }
            if (ch == quote)
            {
                if (doubling && i + 1 < sql.Length && sql[i + 1] == quote) { sb.Append(quote); i += 2; continue; }
                end = i + 1;
                return sb.ToString();
            }
            sb.Append(ch);
            i++;
        }
    }
}
