using System.CommandLine;
using SegmentationKit.Errors;
using SegmentationKit.IO;

namespace SegmentationKit.Cli.Infrastructure;

/// <summary>Runs a command body with the kit's error policy: a user error — bad data, a bad option or
/// configuration, a file-system problem at an input or at <c>--out</c> — prints "error: …" with a
/// "Fix: …" and exits 2 without a stack trace; anything else is a bug and prints the trace, exit 70.</summary>
public static class CliAction
{
    public const int UserError = 2;
    public const int InternalError = 70;

    public static int Run(Func<int> body) => Run(null, body);

    /// <param name="parseResult">The command line, so a message without a fix can point to the
    /// command's help; null: the root help.</param>
    /// <param name="optionNames">Internal option names (what an options record calls its property,
    /// e.g. "clusters") and the command-line option that sets them here (e.g. "--k"), so an error
    /// names what the user typed.</param>
    public static int Run(ParseResult? parseResult, Func<int> body, IReadOnlyDictionary<string, string>? optionNames = null)
    {
        try
        {
            return body();
        }
        catch (Exception e) when (UserMessage(e, optionNames) is { } message)
        {
            Console.Error.WriteLine($"error: {WithFix(message, parseResult)}");
            return UserError;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"internal error (please report it): {e}");
            return InternalError;
        }
    }

    /// <summary>The message to show for a user error, or null for a bug.</summary>
    internal static string? UserMessage(Exception e, IReadOnlyDictionary<string, string>? optionNames = null)
    {
        e = Unwrap(e);
        switch (e)
        {
            case ConfigurationException c when c.File is null && optionNames is not null && optionNames.TryGetValue(c.KeyPath, out var option):
                return c.WithKey(option).Message;
            case SegmentationKitException k:
                return k.Message;
            case IOException or UnauthorizedAccessException when OutputFolder.LastOpened?.Explain(e) is { } output:
                return output.Message;
            case FileNotFoundException f:
                return $"file not found: {f.FileName ?? f.Message}. Fix: check the path";
            case DirectoryNotFoundException d:
                return $"{d.Message.TrimEnd('.')}. Fix: check the path";
            case UnauthorizedAccessException u:
                return $"{u.Message.TrimEnd('.')}. Fix: check the file's permissions, or give a file you can read";
            case IOException io when io.HResult is 28 or 122:
                return $"the disk is full: {io.Message}. Fix: free space on that disk, or write the output to another disk with --out";
            case IOException io:
                return $"{io.Message.TrimEnd('.')}. Fix: check the file named and that it is not being written by another program";
            default:
                return null;
        }
    }

    /// <summary>Exceptions from parallel loops and reflection arrive wrapped; the user's error is inside.</summary>
    private static Exception Unwrap(Exception e)
    {
        while (true)
        {
            switch (e)
            {
                case AggregateException a when a.InnerExceptions.Count > 0:
                    e = a.InnerExceptions.FirstOrDefault(x => x is SegmentationKitException) ?? a.InnerExceptions[0];
                    continue;
                case System.Reflection.TargetInvocationException { InnerException: { } inner }:
                    e = inner;
                    continue;
                case TypeInitializationException { InnerException: { } inner }:
                    e = inner;
                    continue;
                default:
                    return e;
            }
        }
    }

    /// <summary>Every error ends with what to do; one that does not gets the command's help.</summary>
    private static string WithFix(string message, ParseResult? parseResult)
    {
        if (message.Contains("Fix: ", StringComparison.Ordinal)) return message;
        var command = parseResult is null ? "segkit" : "segkit " + string.Join(' ', CommandPath(parseResult.CommandResult));
        return $"{message.TrimEnd('.')}. Fix: see '{command.TrimEnd()} --help'";
    }

    internal static IEnumerable<string> CommandPath(System.CommandLine.Parsing.CommandResult result)
    {
        var names = new Stack<string>();
        for (var r = result; r is not null && r.Command is not RootCommand; r = r.Parent as System.CommandLine.Parsing.CommandResult)
            names.Push(r.Command.Name);
        return names;
    }
}
