using Xunit;

using System.Diagnostics;

namespace SegmentationKit.TestSupport;

/// <summary>Finds an outside tool (pdftotext, jupyter, chromium, …) for an integration test. When it
/// is absent the test is skipped with a visible reason, unless SEGKIT_REQUIRE_INTEGRATION=1
/// (set by .ci/run), in which case the test fails: CI must run every test.</summary>
public static class IntegrationTool
{
    public static bool Required => Environment.GetEnvironmentVariable("SEGKIT_REQUIRE_INTEGRATION") == "1";

    /// <summary>Full path of <paramref name="tool"/> on PATH; skips or fails the test when missing.</summary>
    public static string Require(string tool, string installHint)
    {
        var path = Find(tool);
        if (path is not null) return path;
        var reason = $"'{tool}' is not installed ({installHint}); this integration test needs it";
        if (Required) throw new InvalidOperationException(reason + ", and SEGKIT_REQUIRE_INTEGRATION=1 forbids skipping");
        Skip.If(true, reason);
        return "";
    }

    public static string? Find(string tool)
    {
        if (Path.IsPathRooted(tool)) return File.Exists(tool) ? tool : null;
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            if (dir.Length == 0) continue;
            var candidate = Path.Combine(dir, tool);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>Runs a tool to completion and returns (exit code, stdout, stderr).</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(string file, IEnumerable<string> args, string? workingDirectory = null, int timeoutMs = 120_000, IReadOnlyDictionary<string, string>? environment = null)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        if (workingDirectory is not null) psi.WorkingDirectory = workingDirectory;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) psi.Environment[name] = value;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeoutMs))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} did not finish in {timeoutMs} ms");
        }
        return (p.ExitCode, stdout.Result, stderr.Result);
    }
}
