using System.Diagnostics;

namespace SegmentationKit.Notebooks.Tests;

/// <summary>Runs a program with extra environment variables and returns (exit code, stdout, stderr).</summary>
internal static class ProcessRunner
{
    public static (int Code, string Stdout, string Stderr) Run(string file, IEnumerable<string> args, IReadOnlyDictionary<string, string> environment, int timeoutMs)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        // MSBuild's variables from `dotnet test` would point the kernels' own restores at this build.
        foreach (var key in psi.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToArray())
            psi.Environment.Remove(key);
        foreach (var (k, v) in environment) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeoutMs))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(" ", psi.ArgumentList)} did not finish in {timeoutMs / 1000} s");
        }
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    public static string Tail(string text) => text.Length <= 4000 ? text : text[^4000..];
}
