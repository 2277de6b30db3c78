using System.Data.Common;
using SegmentationKit.Sql;

namespace SegmentationKit.Sql.Tests;

/// <summary>A live database the tests run compiled SQL in.</summary>
public abstract class SqlEngine : IDisposable
{
    public abstract SqlDialect Dialect { get; }
    protected abstract DbConnection Connection { get; }

    /// <summary>Runs a script of one or more statements.</summary>
    public void Execute(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 600;
        command.ExecuteNonQuery();
    }

    /// <summary>The rows of a query, every value as invariant text (null stays null).</summary>
    public List<string?[]> Rows(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string?[]>();
        while (reader.Read())
        {
            var row = new string?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
                row[i] = reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>customer_id → segment_id of a table the compiled script wrote.</summary>
    public Dictionary<string, string?> Assignments(string table = "segkit_assignments")
    {
        var q = SqlIdentifier.Table(Dialect, table);
        return Rows($"SELECT {SqlIdentifier.Quote(Dialect, "customer_id")}, {SqlIdentifier.Quote(Dialect, "segment_id")} FROM {q}")
            .ToDictionary(r => r[0]!, r => r[1], StringComparer.Ordinal);
    }

    public abstract void Dispose();
}
