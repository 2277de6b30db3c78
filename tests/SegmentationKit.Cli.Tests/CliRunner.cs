using SegmentationKit.TestSupport;

namespace SegmentationKit.Cli.Tests;

/// <summary>Runs the built <c>segkit.dll</c> (copied next to the test assembly by the project
/// reference) as a child process, <c>dotnet segkit.dll args...</c>, the way a user runs it: real
/// exit code, stdout and stderr redirected (so no colours), its own working directory.</summary>
public static class CliRunner
{
    public static string SegkitDll { get; } = Path.Combine(AppContext.BaseDirectory, "segkit.dll");

    /// <summary>The dotnet host running the tests (set by <c>dotnet test</c>), else dotnet on PATH.</summary>
    private static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public static CliResult Run(string workingDirectory, params string[] args)
    {
        if (!File.Exists(SegkitDll)) throw new FileNotFoundException("segkit.dll is not next to the test assembly; build the Cli project", SegkitDll);
        var (exit, stdout, stderr) = IntegrationTool.Run(DotnetHost, [SegkitDll, .. args], workingDirectory, timeoutMs: 300_000);
        return new CliResult(exit, stdout, stderr);
    }
}
