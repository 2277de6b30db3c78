using Spectre.Console;

namespace SegmentationKit.Cli.Infrastructure;

/// <summary>The consoles commands write to. When a stream is redirected (a file, a pipe, a test)
/// there are no colours or cursor tricks and tables get a wide fixed width, so the text stays
/// readable instead of wrapping at 80 columns.</summary>
public static class CliConsole
{
    private const int RedirectedWidth = 160;
    private static IAnsiConsole? _out;
    private static IAnsiConsole? _error;

    /// <summary>Standard output: results.</summary>
    public static IAnsiConsole Out => _out ??= Create(Console.Out, Console.IsOutputRedirected);

    /// <summary>Standard error: warnings and progress, so <c>--json</c> output on stdout stays clean.</summary>
    public static IAnsiConsole Error => _error ??= Create(Console.Error, Console.IsErrorRedirected);

    private static IAnsiConsole Create(TextWriter writer, bool redirected)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
        });
        if (redirected) console.Profile.Width = RedirectedWidth;
        return console;
    }
}
