using System.Data.Common;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using Npgsql;
using SegmentationKit.Errors;
using SegmentationKit.Sql;

namespace SegmentationKit.Engines.Warehouse;

/// <summary>An open connection to the database named by <c>segment --db</c>: a PostgreSQL connection
/// string in Npgsql's keyword form (it holds '=': <c>Host=…;Database=…;Username=…</c>), or the path
/// of a DuckDB database file. <see cref="Description"/> and every message show the connection
/// without its password.</summary>
public sealed partial class WarehouseConnection : IDisposable
{
    private readonly string? _password;

    private WarehouseConnection(DbConnection connection, SqlDialect dialect, string description, string? password)
    {
        Connection = connection;
        Dialect = dialect;
        Description = description;
        _password = password;
    }

    public DbConnection Connection { get; }
    public SqlDialect Dialect { get; }

    /// <summary>"postgres Host=…;Database=…" without password, or "duckdb FILE": safe for messages and the manifest.</summary>
    public string Description { get; }

    public static WarehouseConnection Open(string db)
    {
        if (string.IsNullOrWhiteSpace(db))
            throw new ConfigurationException(null, "--db", "the database is empty", "give a PostgreSQL connection string (Host=…;Database=…;Username=…) or a DuckDB file path");
        if (db.Contains('=')) return OpenPostgres(db);
        var path = db.StartsWith("duckdb:", StringComparison.OrdinalIgnoreCase) ? db["duckdb:".Length..] : db;
        if (!File.Exists(path))
            throw new ConfigurationException(null, "--db", $"the DuckDB database file '{path}' does not exist",
                "give the path of an existing DuckDB file, or a PostgreSQL connection string (Host=…;Database=…;Username=…)");
        var duck = new DuckDBConnection($"Data Source={path}");
        try
        {
            duck.Open();
        }
        catch (Exception e) when (e is DbException or InvalidOperationException)
        {
            duck.Dispose();
            throw new ConfigurationException(null, "--db", $"DuckDB could not open '{path}': {e.Message}", "give the path of a DuckDB database file that no other process holds open");
        }
        return new WarehouseConnection(duck, SqlDialect.DuckDb, $"duckdb {Path.GetFileName(path)}", null);
    }

    /// <summary><c>segment --engine duckdb</c>: an in-memory DuckDB where "customers" is a view over
    /// the customers file and "transactions" a temporary table of the order file's three columns
    /// (CSV with a header, or Parquet), parsed once by DuckDB (which spills to disk beyond its memory
    /// limit) and never loaded into the process.</summary>
    public static WarehouseConnection OverFiles(string customersPath, string transactionsPath)
    {
        foreach (var path in new[] { customersPath, transactionsPath })
            if (!File.Exists(path))
                throw new DataValidationException(path, null, null, null, "the file does not exist", "check the path");
        var duck = new DuckDBConnection("Data Source=:memory:");
        duck.Open();
        var connection = new WarehouseConnection(duck, SqlDialect.DuckDb, $"duckdb over {Path.GetFileName(transactionsPath)}", null);
        string Q(string name) => SqlIdentifier.Quote(SqlDialect.DuckDb, name);
        const string fix = "give a CSV file with a header line (or a .parquet file) with the columns customer_id, date and amount";
        connection.Run($"CREATE VIEW {Q("customers")} AS SELECT * FROM {DuckDbPurchaseSummaries.Source(customersPath)}", "--customers", fix, command => command.ExecuteNonQuery());
        connection.Run($"CREATE TEMPORARY TABLE {Q("transactions")} AS SELECT {Q("customer_id")}, CAST({Q("date")} AS DATE) AS {Q("date")}, CAST({Q("amount")} AS DOUBLE) AS {Q("amount")} " +
                       $"FROM {DuckDbPurchaseSummaries.Source(transactionsPath)}", "--transactions", fix, command => command.ExecuteNonQuery());
        return connection;
    }

    private static WarehouseConnection OpenPostgres(string db)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(db);
        }
        catch (ArgumentException)
        {
            // The message of the parser may quote the string, password included: say only what to fix.
            throw new ConfigurationException(null, "--db", "the PostgreSQL connection string cannot be read",
                "write it as Host=HOST;Port=5432;Database=NAME;Username=USER (Password=… or a ~/.pgpass entry)");
        }
        var password = builder.Password;
        var shown = new NpgsqlConnectionStringBuilder(builder.ConnectionString) { Password = null };
        var description = $"postgres Host={shown.Host};Port={shown.Port};Database={shown.Database};Username={shown.Username}";
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            connection.Open();
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or ArgumentException or TimeoutException)
        {
            connection.Dispose();
            throw new ConfigurationException(null, "--db", $"could not connect to {description}: {Redact(e.Message, password)}",
                "check the host, port, database, user and password (the server must accept this connection)");
        }
        return new WarehouseConnection(connection, SqlDialect.Postgres, description, password);
    }

    /// <summary>A message from the database with the password (if it appears) replaced.</summary>
    public string Redact(string message) => Redact(message, _password);

    private static string Redact(string message, string? password)
    {
        var text = string.IsNullOrEmpty(password) ? message : message.Replace(password, "***", StringComparison.Ordinal);
        return PasswordSetting().Replace(text, "Password=***");
    }

    [GeneratedRegex("(?i)password\\s*=\\s*[^;]*")]
    private static partial Regex PasswordSetting();

    /// <summary>A command on this connection (timeout: none, as a large base may take long).</summary>
    public DbCommand Command(string sql, DbTransaction? transaction = null)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        if (transaction is not null) command.Transaction = transaction;
        return command;
    }

    /// <summary>Runs <paramref name="sql"/>; a database error (a table or column that does not exist…)
    /// becomes a configuration error naming <paramref name="option"/>, with the password kept out.</summary>
    public T Run<T>(string sql, string option, string fix, Func<DbCommand, T> read, DbTransaction? transaction = null)
    {
        try
        {
            using var command = Command(sql, transaction);
            return read(command);
        }
        catch (DbException e)
        {
            throw new ConfigurationException(null, option, $"{Description}: {Redact(e.Message)}", fix);
        }
    }

    public void Dispose() => Connection.Dispose();
}
