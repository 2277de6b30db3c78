using System.Text;
using SegmentationKit.Errors;

namespace SegmentationKit.Sql;

/// <summary>Quotes a table or column name so that whatever it holds (quotes, backticks, backslashes,
/// semicolons, newlines, any Unicode) stays one identifier: the quote character is escaped the way
/// each dialect reads it back. NUL and other control characters but tab, CR and LF are refused:
/// no dialect can name a column with them.</summary>
public static class SqlIdentifier
{
    public static string Quote(SqlDialect dialect, string name)
    {
        if (name.Length == 0)
            throw new ConfigurationException(null, "identifier", "an empty table or column name cannot be quoted", "give the table or column a name");
        foreach (var ch in name)
            if (char.IsControl(ch) && ch is not ('\t' or '\r' or '\n'))
                throw new ConfigurationException(null, "identifier", $"the name '{name.Replace("\0", "\\0")}' holds control character U+{(int)ch:X4}, which no SQL engine accepts in a name",
                    "rename the column or table");
        return dialect switch
        {
            // Standard SQL: double quotes, a quote inside doubled. Backslashes have no meaning there.
            SqlDialect.Postgres or SqlDialect.DuckDb or SqlDialect.Snowflake => "\"" + name.Replace("\"", "\"\"") + "\"",
            // Spark: backticks, a backtick inside doubled.
            SqlDialect.Spark => "`" + name.Replace("`", "``") + "`",
            // BigQuery: backticks with backslash escapes inside.
            _ => BigQuery(name),
        };
    }

    private static string BigQuery(string name)
    {
        var sb = new StringBuilder("`");
        foreach (var ch in name)
            sb.Append(ch switch
            {
                '\\' => "\\\\",
                '`' => "\\`",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => ch.ToString(),
            });
        return sb.Append('`').ToString();
    }

    /// <summary>A table name, possibly qualified: "schema.table" becomes two quoted parts, each
    /// escaped (a dot cannot be part of a table name given here).</summary>
    public static string Table(SqlDialect dialect, string name) =>
        string.Join(".", name.Split('.').Select(part => Quote(dialect, part)));
}
