using System.Data.Common;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using SegmentationKit.Sql;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Sql.Tests;

/// <summary>A throw-away PostgreSQL cluster: initdb in a temporary folder, pg_ctl start on a free
/// port listening only on a unix socket in that folder, stopped and deleted on dispose. Needs
/// Debian's postgresql package (binaries under /usr/lib/postgresql/N/bin); without it the test is
/// skipped with the reason, or fails under SEGKIT_REQUIRE_INTEGRATION=1. initdb refuses to run as
/// root, so as root the tools run as the 'postgres' user the package creates (runuser).</summary>
public sealed class PostgresCluster : SqlEngine
{
    private readonly string _folder;
    private readonly string _bin;
    private readonly NpgsqlConnection _connection;
    private readonly bool _asPostgres = Environment.UserName == "root";

    private PostgresCluster(string bin)
    {
        _bin = bin;
        _folder = RepoPaths.NewTempFolder("segkit-pg");
        if (_asPostgres) IntegrationTool.Run("chown", ["postgres", _folder]);
        var data = Path.Combine(_folder, "data");
        Tool("initdb", ["-D", data, "-U", "segkit", "--auth=trust", "-E", "UTF8", "--locale=C"]);
        Port = FreePort();
        Tool("pg_ctl", ["-D", data, "-l", Path.Combine(_folder, "log.txt"), "-o", $"-k {_folder} -p {Port} -c listen_addresses='' -c fsync=off", "-w", "start"]);
        ConnectionString = $"Host={_folder};Port={Port};Username=segkit;Database=postgres;Pooling=false;Command Timeout=600";
        _connection = new NpgsqlConnection(ConnectionString);
        _connection.Open();
    }

    public int Port { get; }
    public string ConnectionString { get; }
    public override SqlDialect Dialect => SqlDialect.Postgres;
    protected override DbConnection Connection => _connection;

    /// <summary>Starts a cluster, or skips (fails under SEGKIT_REQUIRE_INTEGRATION=1) when PostgreSQL is absent.</summary>
    public static PostgresCluster Start()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb"))).OrderDescending().FirstOrDefault()
            : null;
        if (bin is null) IntegrationTool.Require("/usr/lib/postgresql/15/bin/initdb", "apt-get install postgresql");
        return new PostgresCluster(bin!);
    }

    private (int ExitCode, string Stdout, string Stderr) Tool(string tool, string[] args, bool check = true)
    {
        var path = Path.Combine(_bin, tool);
        var result = _asPostgres ? IntegrationTool.Run("runuser", ["-u", "postgres", "--", path, .. args]) : IntegrationTool.Run(path, args);
        if (check && result.ExitCode != 0) throw new InvalidOperationException($"{tool} failed ({result.ExitCode}): {result.Stderr}{result.Stdout}");
        return result;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public override void Dispose()
    {
        _connection.Dispose();
        Tool("pg_ctl", ["-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop"], check: false);
        try { Directory.Delete(_folder, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
