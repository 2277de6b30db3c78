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
    public void A_destination_that_is_a_file_is_a_configuration_error_naming_the_option()
    {
        var dir = RepoPaths.NewTempFolder();
        var file = Path.Combine(dir, "results");
        File.WriteAllText(file, "mine");

        var act = () => new OutputFolder(file, option: "--out", typed: "results");

        act.Should().Throw<Errors.ConfigurationException>().Which.Message.Should()
            .Be("--out: 'results' is a file, not a folder. Fix: give --out the path of a folder to create or replace, e.g. --out results-run");
        Directory.GetFileSystemEntries(dir).Should().Equal(file);
    }

    [Fact]
    public void A_destination_under_a_file_or_with_a_long_name_is_refused_before_anything_is_created()
    {
        var dir = RepoPaths.NewTempFolder();
        File.WriteAllText(Path.Combine(dir, "f"), "x");

        var under = () => new OutputFolder(Path.Combine(dir, "f", "run"), typed: "f/run");
        var tooLong = () => new OutputFolder(Path.Combine(dir, new string('n', 256)), typed: "n…");

        under.Should().Throw<Errors.ConfigurationException>().WithMessage("--out: 'f/run' is under '*f', which is a file. Fix: *");
        tooLong.Should().Throw<Errors.ConfigurationException>().WithMessage("*a name of 256 bytes; file systems allow 255 per name). Fix: give --out a shorter name");
        Directory.GetFileSystemEntries(dir).Should().HaveCount(1);
    }

    [Fact]
    public void A_long_but_valid_name_gets_a_short_staging_folder()
    {
        var dest = Path.Combine(RepoPaths.NewTempFolder(), new string('n', 250));
        using var output = new OutputFolder(dest);

        Path.GetFileName(output.StagingFolder).Length.Should().BeLessThan(100);
        output.WriteAllText("a.csv", "x\n");
        output.Commit();
        File.Exists(Path.Combine(dest, "a.csv")).Should().BeTrue();
    }

    [Fact]
    public void A_disk_full_error_is_explained_with_the_option_and_the_fix()
    {
        var dest = Path.Combine(RepoPaths.NewTempFolder(), "run");
        using var output = new OutputFolder(dest, typed: "run");
        var full = new IOException($"No space left on device : '{Path.Combine(output.StagingFolder, "a.csv")}'", 28);

        output.Explain(full)!.Message.Should().StartWith("--out: 'run': the disk is full (no space left while writing the run). Fix: free space on the disk that holds");
        output.Explain(new IOException("No space left on device : '/elsewhere/x'", 28)).Should().BeNull("an error about another path is not about --out");
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
