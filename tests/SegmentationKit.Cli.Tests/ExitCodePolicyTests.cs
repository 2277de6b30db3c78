using SegmentationKit.Cli.Infrastructure;
using SegmentationKit.Errors;

namespace SegmentationKit.Cli.Tests;

/// <summary>The exit codes docs/errors.md promises: 2 for a user error (with "error: …" and the fix,
/// no trace), 70 for a bug (with the trace, so it can be reported).</summary>
[Collection(ConsoleCollection.Name)]
public class ExitCodePolicyTests
{
    [Fact]
    public void A_user_error_exits_2_with_its_fix_and_a_bug_exits_70_with_its_trace()
    {
        var (userExit, userErr) = Capture(() => CliAction.Run(() => throw new ConfigurationException(null, "--k", "must be at least 1; got 0", "give a whole number of 1 or more")));
        userExit.Should().Be(2);
        userErr.Should().StartWith("error: --k: must be at least 1; got 0. Fix: give a whole number of 1 or more").And.NotContain("   at ");

        var (bugExit, bugErr) = Capture(() => CliAction.Run(() => throw new InvalidOperationException("a bug")));
        bugExit.Should().Be(70);
        bugErr.Should().StartWith("internal error (please report it): System.InvalidOperationException: a bug").And.Contain("   at ");
    }

    private static (int Exit, string Stderr) Capture(Func<int> run)
    {
        var saved = Console.Error;
        var err = new StringWriter();
        Console.SetError(err);
        try { return (run(), err.ToString()); }
        finally { Console.SetError(saved); }
    }
}
