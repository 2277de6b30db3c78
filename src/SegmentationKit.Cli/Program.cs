using System.CommandLine;
using System.Globalization;
using SegmentationKit.Cli.Infrastructure;

namespace SegmentationKit.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        // Output files are culture-invariant; only reports localise, and they take --culture.
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        // The Jupyter kernel has its own interrupt protocol; every other command cleans up on Ctrl-C/SIGTERM.
        if (args is not ["kernel", ..]) CliSignals.Install();
        var parsed = BuildRoot().Parse(args);
        return parsed.Errors.Count == 0 ? parsed.Invoke() : ReportUsageErrors(parsed);
    }

    /// <summary>A command line that does not parse (unknown option, missing value, bad number) is bad
    /// input like any other: its errors on stderr, the help that fixes them, exit code 2.</summary>
    private static int ReportUsageErrors(ParseResult parsed)
    {
        foreach (var error in parsed.Errors) Console.Error.WriteLine($"error: {InPlainWords(error.Message)}");
        var command = string.Join(' ', parsed.CommandResult.Command is RootCommand
            ? ["segkit"]
            : new[] { "segkit" }.Concat(CommandPath(parsed.CommandResult)));
        Console.Error.WriteLine($"Fix: see '{command} --help' for the options.");
        return CliAction.UserError;
    }

    /// <summary>System.CommandLine names the .NET type it expected ("System.Nullable`1[System.Int32]");
    /// say what to type instead.</summary>
    private static string InPlainWords(string message) => System.Text.RegularExpressions.Regex.Replace(
        message, @"expected type '(?:System\.Nullable`1\[)?System\.(\w+)\]?'", m => m.Groups[1].Value switch
        {
            "Int32" or "Int64" => "a whole number",
            "Double" or "Single" or "Decimal" => "a number",
            _ => m.Value,
        });

    private static IEnumerable<string> CommandPath(System.CommandLine.Parsing.CommandResult result)
    {
        var names = new Stack<string>();
        for (var r = result; r is not null && r.Command is not RootCommand; r = r.Parent as System.CommandLine.Parsing.CommandResult)
            names.Push(r.Command.Name);
        return names;
    }

    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("segkit — customer segmentation: load, segment, profile, compare, report.");
        var commands = typeof(Program).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICliCommand).IsAssignableFrom(t))
            .Select(t => ((ICliCommand)Activator.CreateInstance(t)!).Build())
            .OrderBy(c => c.Name, StringComparer.Ordinal);
        foreach (var c in commands) root.Subcommands.Add(c);
        return root;
    }
}
