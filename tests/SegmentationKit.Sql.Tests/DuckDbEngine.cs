using System.Data.Common;
using DuckDB.NET.Data;
using SegmentationKit.Sql;

namespace SegmentationKit.Sql.Tests;

/// <summary>A DuckDB database, in memory or in a file (DuckDB.NET.Data.Full ships the native library).
/// DuckDB lets one process hold a file: dispose the engine before segkit opens it, then open a new one.</summary>
public sealed class DuckDbEngine : SqlEngine
{
    private readonly DuckDBConnection _connection;

    public DuckDbEngine(string file = ":memory:")
    {
        _connection = new DuckDBConnection($"Data Source={file}");
        _connection.Open();
    }

    public override SqlDialect Dialect => SqlDialect.DuckDb;
    protected override DbConnection Connection => _connection;
    public override void Dispose() => _connection.Dispose();
}
