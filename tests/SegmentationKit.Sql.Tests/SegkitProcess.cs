using SegmentationKit.TestSupport;

namespace SegmentationKit.Sql.Tests;

/// <summary>Runs segkit.dll (built next to the tests) as a user does.</summary>
internal static class SegkitProcess
{
    public static (int ExitCode, string Stdout, string Stderr) Run(string work, params string[] args)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h && File.Exists(h) ? h : "dotnet";
        return IntegrationTool.Run(host, [Path.Combine(AppContext.BaseDirectory, "segkit.dll"), .. args], work, timeoutMs: 600_000);
    }
}
