using System.Text;
using SegmentationKit.Data;
using SegmentationKit.Sql;

namespace SegmentationKit.Sql.Tests;

/// <summary>Creates the customers and transactions tables in a test database from the kit's loaded
/// tables (numeric → double, yes/no → boolean, dates → date, text → text; missing → NULL), by
/// INSERTs whose values go through <see cref="SqlLiteral"/>, so loading exercises the escaping too.</summary>
public static class TableLoader
{
    public static void Load(SqlEngine engine, CustomerTable customers, TransactionLog? transactions, string customersTable = "customers", string transactionsTable = "transactions")
    {
        var d = engine.Dialect;
        string Id(string name) => SqlIdentifier.Quote(d, name);
        var columns = customers.Columns.ToList();
        var definitions = new List<string> { $"{Id(CustomerColumns.CustomerId)} {SqlTypes.Text(d)}" };
        definitions.AddRange(columns.Select(c => $"{Id(c.Name)} {Type(c.Kind, d)}"));
        engine.Execute($"CREATE TABLE {SqlIdentifier.Table(d, customersTable)} ({string.Join(", ", definitions)})");
        Insert(engine, customersTable, customers.RowCount, i =>
            new[] { SqlLiteral.String(d, customers.CustomerIds[i]) }.Concat(columns.Select(c => Value(c, i, d))));
        if (transactions is null) return;
        engine.Execute($"CREATE TABLE {SqlIdentifier.Table(d, transactionsTable)} ({Id("customer_id")} {SqlTypes.Text(d)}, {Id("date")} DATE, {Id("amount")} {SqlTypes.Double(d)})");
        Insert(engine, transactionsTable, transactions.Count, i =>
            [SqlLiteral.String(d, transactions.CustomerIds[i]), SqlLiteral.Date(transactions.Dates[i]), SqlLiteral.Double(d, transactions.Amounts[i])]);
    }

    private static void Insert(SqlEngine engine, string table, int rows, Func<int, IEnumerable<string>> values)
    {
        const int batch = 2000;
        for (var start = 0; start < rows; start += batch)
        {
            var sql = new StringBuilder($"INSERT INTO {SqlIdentifier.Table(engine.Dialect, table)} VALUES ");
            for (var i = start; i < Math.Min(rows, start + batch); i++)
                sql.Append(i == start ? "" : ",").Append('(').Append(string.Join(", ", values(i))).Append(')');
            engine.Execute(sql.ToString());
        }
    }

    private static string Type(ColumnKind kind, SqlDialect d) => kind switch
    {
        ColumnKind.Numeric => SqlTypes.Double(d),
        ColumnKind.Boolean => "BOOLEAN",
        ColumnKind.Date => "DATE",
        _ => SqlTypes.Text(d),
    };

    private static string Value(Column column, int row, SqlDialect d) => column switch
    {
        NumericColumn n => double.IsNaN(n[row]) ? "NULL" : SqlLiteral.Double(d, n[row]),
        BooleanColumn b => b[row] switch { true => "TRUE", false => "FALSE", null => "NULL" },
        DateColumn t => t[row] is { } date ? SqlLiteral.Date(date) : "NULL",
        CategoricalColumn c => c[row] is { } text ? SqlLiteral.String(d, text) : "NULL",
        _ => "NULL",
    };
}
