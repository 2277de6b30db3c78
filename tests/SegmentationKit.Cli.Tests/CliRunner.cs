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

    /// <summary>Runs segkit with a small tmpfs mounted at <paramref name="mountPoint"/> (in a private
    /// mount namespace, <c>unshare -rm</c>, so nothing outlives the child): a disk that fills up
    /// (<c>size=48k</c>) or a read-only one (<c>ro</c>). Skips the test, with the reason, when the
    /// machine does not allow the mount (a container without user namespaces): that is a limit of the
    /// machine, not a missing tool, so it skips under SEGKIT_REQUIRE_INTEGRATION=1 too; the messages
    /// themselves are also tested without a mount (OutputFolderTests).</summary>
    public static CliResult RunOnTmpfs(string workingDirectory, string mountPoint, string mountOptions, params string[] args)
    {
        if (!File.Exists(SegkitDll)) throw new FileNotFoundException("segkit.dll is not next to the test assembly; build the Cli project", SegkitDll);
        var unshare = IntegrationTool.Require("unshare", "util-linux; it makes a private tmpfs for the full-disk and read-only tests");
        Directory.CreateDirectory(mountPoint);
        var probe = IntegrationTool.Run(unshare, ["-rm", "sh", "-c", $"mount -t tmpfs -o {mountOptions} tmpfs '{mountPoint}'"], workingDirectory);
        if (probe.ExitCode != 0)
        {
            Skip.If(true, $"cannot mount a tmpfs here ({probe.Stderr.Trim()})");
        }
        var quoted = string.Join(' ', new[] { DotnetHost, SegkitDll }.Concat(args).Select(a => "'" + a.Replace("'", "'\\''") + "'"));
        var (exit, stdout, stderr) = IntegrationTool.Run(unshare, ["-rm", "sh", "-c", $"mount -t tmpfs -o {mountOptions} tmpfs '{mountPoint}' && exec {quoted}"],
            workingDirectory, timeoutMs: 300_000);
        return new CliResult(exit, stdout, stderr);
    }

    public static CliResult Run(string workingDirectory, params string[] args) => Run(workingDirectory, null, args);

    /// <summary>Runs segkit with extra environment variables, e.g. DOTNET_PROCESSOR_COUNT=1 to run it on one core.</summary>
    public static CliResult Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        if (!File.Exists(SegkitDll)) throw new FileNotFoundException("segkit.dll is not next to the test assembly; build the Cli project", SegkitDll);
        var (exit, stdout, stderr) = IntegrationTool.Run(DotnetHost, [SegkitDll, .. args], workingDirectory, timeoutMs: 300_000, environment: environment);
        return new CliResult(exit, stdout, stderr);
    }
}
