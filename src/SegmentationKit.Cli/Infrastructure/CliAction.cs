using SegmentationKit.Errors;
using Spectre.Console;

namespace SegmentationKit.Cli.Infrastructure;

/// <summary>Runs a command body with the kit's error policy: a user error prints its message and
/// exits 2 without a stack trace; anything else is a bug and prints the trace, exit 70.</summary>
public static class CliAction
{
    public const int UserError = 2;
    public const int InternalError = 70;

    public static int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (SegmentationKitException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return UserError;
        }
        catch (FileNotFoundException e)
        {
            Console.Error.WriteLine($"error: file not found: {e.FileName ?? e.Message}");
            return UserError;
        }
        catch (DirectoryNotFoundException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return UserError;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"internal error (please report it): {e}");
            return InternalError;
        }
    }
}
