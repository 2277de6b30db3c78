using SegmentationKit.Data;

namespace SegmentationKit.Sql;

/// <summary>What a translator needs besides the model: the dialect, the tables it reads, the as-of
/// date of the run and the kinds of the customer columns when the model was fitted (a rule
/// "plan = Premium" compares text, "first_tool_of_kind = true" a boolean). Helpers quote and escape
/// every name and value, so translators never paste raw text into SQL.</summary>
public sealed class SqlContext
{
    public SqlContext(SqlDialect dialect, SqlTables tables, DateOnly? asOf, IReadOnlyDictionary<string, ColumnKind>? columnKinds = null, bool withTransactions = true)
    {
        Dialect = dialect;
        Tables = tables;
        AsOf = asOf;
        ColumnKinds = columnKinds ?? new Dictionary<string, ColumnKind>();
        WithTransactions = withTransactions;
    }

    public SqlDialect Dialect { get; }
    public SqlTables Tables { get; }
    public DateOnly? AsOf { get; }
    public IReadOnlyDictionary<string, ColumnKind> ColumnKinds { get; }

    /// <summary>Whether the run was fitted with a transaction log: lifecycle stages read the orders
    /// table only then (their revenue and lapse signals exist only with one).</summary>
    public bool WithTransactions { get; }

    /// <summary>A quoted column or alias name.</summary>
    public string Id(string name) => SqlIdentifier.Quote(Dialect, name);

    /// <summary>A quoted, possibly schema-qualified table name.</summary>
    public string Table(string name) => SqlIdentifier.Table(Dialect, name);

    public string Text(string value) => SqlLiteral.String(Dialect, value);

    public string Number(double value) => SqlLiteral.Double(Dialect, value);

    public string AsDouble(string expression) => SqlTypes.CastDouble(Dialect, expression);

    /// <summary>Ends a subquery whose columns later levels use several times. PostgreSQL would
    /// otherwise pull it up and paste its expressions into every use (a mixture's log-densities
    /// into each exponential, and so on: seconds become many minutes); "OFFSET 0" keeps it a level
    /// of its own. Other engines do not need it.</summary>
    public string Fence => Dialect == SqlDialect.Postgres ? "\nOFFSET 0" : "";

    /// <summary>The customer key column, quoted.</summary>
    public string CustomerId => Id(TransactionColumns.CustomerId);
}
