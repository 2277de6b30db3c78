using SegmentationKit.IO;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Tests.IO;

public class OutputFolderTests
{
    [Fact]
    public void Files_appear_only_after_commit()
    {
        var dest = Path.Combine(RepoPaths.NewTempFolder(), "run");
        using (var output = new OutputFolder(dest))
        {
            output.WriteAllText("a.csv", "x\n1\n");
            Directory.Exists(dest).Should().BeFalse();
            output.Commit();
        }
        File.ReadAllText(Path.Combine(dest, "a.csv")).Should().Be("x\n1\n");
        Directory.GetDirectories(Path.GetDirectoryName(dest)!).Should().Equal(dest); // staging folder gone
    }

    [Fact]
    public void An_error_before_commit_leaves_nothing_behind()
    {
        var parent = RepoPaths.NewTempFolder();
        var dest = Path.Combine(parent, "run");
        var act = () =>
        {
            using var output = new OutputFolder(dest);
            output.WriteAllText("a.csv", "half");
            throw new InvalidOperationException("boom");
        };
        act.Should().Throw<InvalidOperationException>();
        Directory.GetFileSystemEntries(parent).Should().BeEmpty();
    }

    [Fact]
    public void Writing_over_an_input_file_is_refused()
    {
        var dir = RepoPaths.NewTempFolder();
        var input = Path.Combine(dir, "customers.csv");
        File.WriteAllText(input, "customer_id\n1\n");
        using var output = new OutputFolder(dir, [input]);
        var act = () => output.PathFor("customers.csv");
        act.Should().Throw<Errors.SegmentationKitException>().WithMessage("*overwrite an input*");
    }
}
