using System.Data.Common;
using DuckDB.NET.Data;
using SegmentationKit.Sql;

namespace SegmentationKit.Sql.Tests;

/// <summary>An in-memory DuckDB database (DuckDB.NET.Data.Full ships the native library).</summary>
public sealed class DuckDbEngine : SqlEngine
{
    private readonly DuckDBConnection _connection;

    public DuckDbEngine()
    {
        _connection = new DuckDBConnection("Data Source=:memory:");
        _connection.Open();
    }

    public override SqlDialect Dialect => SqlDialect.DuckDb;
    protected override DbConnection Connection => _connection;
    public override void Dispose() => _connection.Dispose();
}
