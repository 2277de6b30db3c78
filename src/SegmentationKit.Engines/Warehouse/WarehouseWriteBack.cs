using System.Data.Common;
using System.Text;
using SegmentationKit.Errors;
using SegmentationKit.Sql;

namespace SegmentationKit.Engines.Warehouse;

/// <summary><c>--write-back</c>: the run's assignments as a table (customer_id, segment_id) in the
/// database the run read, replacing the table of that name in one transaction: readers see the old
/// table or the new one, never a half-written one, and an error leaves the old one as it was. Names
/// are quoted and values go in as escaped literals (<see cref="SqlLiteral"/>).</summary>
public static class WarehouseWriteBack
{
    private const int RowsPerInsert = 1000;

    public static void Replace(WarehouseConnection db, string target, IReadOnlyList<string> customerIds, IReadOnlyList<string> segmentIds)
    {
        var d = db.Dialect;
        var table = SqlIdentifier.Table(d, target);
        var text = SqlTypes.Text(d);
        const string fix = "give --target a table name the database user may create (schema.table for another schema)";
        using var transaction = db.Connection.BeginTransaction();
        try
        {
            Execute(db, transaction, $"DROP TABLE IF EXISTS {table}", fix);
            Execute(db, transaction, $"CREATE TABLE {table} ({SqlIdentifier.Quote(d, "customer_id")} {text}, {SqlIdentifier.Quote(d, "segment_id")} {text})", fix);
            for (var start = 0; start < customerIds.Count; start += RowsPerInsert)
            {
                var sql = new StringBuilder($"INSERT INTO {table} VALUES ");
                for (var i = start; i < Math.Min(customerIds.Count, start + RowsPerInsert); i++)
                    sql.Append(i == start ? "" : ",").Append('(').Append(SqlLiteral.String(d, customerIds[i])).Append(", ").Append(SqlLiteral.String(d, segmentIds[i])).Append(')');
                Execute(db, transaction, sql.ToString(), fix);
            }
            transaction.Commit();
        }
        catch
        {
            transaction.Rollback();
            throw;
        }
    }

    private static void Execute(WarehouseConnection db, DbTransaction transaction, string sql, string fix) =>
        db.Run(sql, "--target", fix, command => command.ExecuteNonQuery(), transaction);
}
