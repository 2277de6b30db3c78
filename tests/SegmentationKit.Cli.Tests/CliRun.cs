namespace SegmentationKit.Cli.Tests;

/// <summary>Runs <c>segkit</c> in process and captures what it writes to stderr. Tests that use it
/// belong to the <see cref="ConsoleCollection"/>, so no other test swaps the console meanwhile.</summary>
internal static class CliRun
{
    public static (int ExitCode, string Stderr) Invoke(params string[] args)
    {
        var error = new StringWriter();
        var previous = Console.Error;
        Console.SetError(error);
        try
        {
            var exit = Program.BuildRoot().Parse(args).Invoke();
            return (exit, error.ToString());
        }
        finally
        {
            Console.SetError(previous);
        }
    }
}
