using SegmentationKit.Cli.Infrastructure;

namespace SegmentationKit.Cli.Tests;

/// <summary>Progress bars are drawn only on a terminal and never under CI, so redirected output
/// (every test, every doc run) is what it was before progress existed.</summary>
public class CliProgressTests
{
    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData("1", true)]
    [InlineData("false", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void CI_set_to_true_or_1_turns_progress_off(string? ci, bool expected) =>
        CliProgress.IsContinuousIntegration(ci).Should().Be(expected);

    [Fact]
    public void With_output_redirected_the_work_gets_no_progress_receiver_and_its_result_comes_back()
    {
        // dotnet test redirects the test host's output, as a pipe or a file does for a user.
        CliProgress.Enabled.Should().BeFalse();
        IProgress<WorkProgress>? given = new Progress<WorkProgress>();

        var result = CliProgress.Run(p =>
        {
            given = p;
            return 42;
        });

        result.Should().Be(42);
        given.Should().BeNull();
        CliProgress.Current.Should().BeNull();
    }
}
