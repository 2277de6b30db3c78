namespace SegmentationKit.Cli.Tests;

/// <summary>What a <c>segkit</c> child process did.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}
