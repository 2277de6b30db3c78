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
        // The folder holding the input would be replaced as a whole: refused when it is opened.
        var act = () => new OutputFolder(dir, [input]).PathFor("customers.csv");
        act.Should().Throw<Errors.SegmentationKitException>().WithMessage("*overwrite an input*");
        // A file name that leads back to the input is refused too.
        using var output = new OutputFolder(Path.Combine(dir, "run"), [input]);
        output.Invoking(o => o.PathFor("../customers.csv")).Should().Throw<Errors.SegmentationKitException>().WithMessage("*overwrite an input*");
    }

    private static string Run(string dest, string command, params (string Name, string Text)[] files)
    {
        using var output = new OutputFolder(dest, command: command);
        foreach (var (name, text) in files) output.WriteAllText(name, text);
        output.WriteAllText("manifest.json", new RunManifest(command, [], new Dictionary<string, string>(), null, "test",
            [.. files.Select(f => f.Name), "manifest.json"]).ToJson());
        output.Commit();
        return dest;
    }

    [Fact]
    public void A_rerun_replaces_the_whole_folder_so_no_file_of_the_earlier_run_stays()
    {
        var dest = Path.Combine(RepoPaths.NewTempFolder(), "run");
        Run(dest, "segment", ("assignments.csv", "old"), ("rejects.csv", "bad rows"), ("en/01-a.pdf", "pdf"));

        Run(dest, "segment", ("assignments.csv", "new"));

        Directory.GetFileSystemEntries(dest).Select(Path.GetFileName).Should().BeEquivalentTo("assignments.csv", "manifest.json");
        File.ReadAllText(Path.Combine(dest, "assignments.csv")).Should().Be("new");
        Directory.GetDirectories(Path.GetDirectoryName(dest)!).Should().Equal(dest);
    }

    [Fact]
    public void A_folder_with_files_the_kit_did_not_write_is_refused_before_any_work_and_kept()
    {
        var dest = Path.Combine(RepoPaths.NewTempFolder(), "run");
        Run(dest, "segment", ("assignments.csv", "old"));
        File.WriteAllText(Path.Combine(dest, "my notes.txt"), "mine");

        var act = () => new OutputFolder(dest, command: "segment", typed: "run");

        act.Should().Throw<Errors.ConfigurationException>().Which.Message.Should().Be(
            "--out: 'run' holds a segkit segment run and files that run did not write (my notes.txt); a run replaces its --out folder as a whole. " +
            "Fix: move those files out of run, or give --out a new folder");
        File.ReadAllText(Path.Combine(dest, "my notes.txt")).Should().Be("mine");
        Directory.GetDirectories(Path.GetDirectoryName(dest)!).Should().Equal(dest);
    }

    [Fact]
    public void A_folder_without_a_kit_manifest_is_refused()
    {
        var dest = RepoPaths.NewTempFolder();
        File.WriteAllText(Path.Combine(dest, "data.csv"), "x");

        var act = () => new OutputFolder(dest, typed: "data");

        act.Should().Throw<Errors.ConfigurationException>().WithMessage("--out: 'data' already exists and holds files segkit did not write (data.csv)*");
    }

    [Fact]
    public void Another_commands_run_is_not_replaced()
    {
        var dest = Path.Combine(RepoPaths.NewTempFolder(), "run");
        Run(dest, "segment", ("assignments.csv", "x"));

        var act = () => new OutputFolder(dest, command: "report", typed: "run");

        act.Should().Throw<Errors.ConfigurationException>().WithMessage("--out: 'run' holds a segkit segment run; this report run would replace it. Fix: give --out a new folder, e.g. --out run-report");
    }

    [Fact]
    public void Adding_files_to_a_run_replaces_them_one_by_one_and_keeps_the_rest()
    {
        var dest = Path.Combine(RepoPaths.NewTempFolder(), "run");
        Run(dest, "segment", ("profile.json", "default"), ("segmentation.json", "seg"));
        var manifest = File.ReadAllText(Path.Combine(dest, "manifest.json"));

        using (var output = new OutputFolder(dest, command: "profile", mode: OutputMode.AddFiles))
        {
            output.WriteAllText("profile.json", "custom");
            output.WriteAllText("profile.manifest.json", "{}");
            output.Commit();
        }

        File.ReadAllText(Path.Combine(dest, "profile.json")).Should().Be("custom");
        File.ReadAllText(Path.Combine(dest, "manifest.json")).Should().Be(manifest);
        File.ReadAllText(Path.Combine(dest, "segmentation.json")).Should().Be("seg");
        Directory.GetDirectories(Path.GetDirectoryName(dest)!).Should().Equal(dest);
    }

    [Fact]
    public void Staging_folders_of_dead_processes_are_swept_and_those_of_running_ones_kept()
    {
        var parent = RepoPaths.NewTempFolder();
        var dead = Path.Combine(parent, $".run{OutputFolder.StagingMarker}999999999-0123");
        var deadOld = Path.Combine(parent, $".run{OutputFolder.OldMarker}999999999-4567");
        var alive = Path.Combine(parent, $".run{OutputFolder.StagingMarker}{Environment.ProcessId}-89ab");
        var unrelated = Path.Combine(parent, ".git");
        foreach (var d in new[] { dead, deadOld, alive, unrelated }) Directory.CreateDirectory(d);
        File.WriteAllText(Path.Combine(dead, "half.csv"), "half");

        using (new OutputFolder(Path.Combine(parent, "run"))) { }

        Directory.Exists(dead).Should().BeFalse();
        Directory.Exists(deadOld).Should().BeFalse();
        Directory.Exists(alive).Should().BeTrue("a running process is still writing it");
        Directory.Exists(unrelated).Should().BeTrue();
    }

    [Fact]
    public void Abandoning_deletes_the_staging_folder_and_stops_the_run()
    {
        var dest = Path.Combine(RepoPaths.NewTempFolder(), "run");
        Run(dest, "generate", ("customers.csv", "before"));
        using var output = new OutputFolder(dest, command: "generate");
        output.WriteAllText("customers.csv", "after");

        OutputFolder.AbandonAll().Should().Contain(output);

        Directory.Exists(output.StagingFolder).Should().BeFalse();
        output.Invoking(o => o.Commit()).Should().Throw<OperationCanceledException>();
        output.Invoking(o => o.PathFor("x.csv")).Should().Throw<OperationCanceledException>();
        File.ReadAllText(Path.Combine(dest, "customers.csv")).Should().Be("before");
    }

    [Fact]
    public void An_input_inside_the_folder_to_replace_is_refused()
    {
        var dest = RepoPaths.NewTempFolder();
        var input = Path.Combine(dest, "customers.csv");
        File.WriteAllText(input, "customer_id\n1\n");

        var act = () => new OutputFolder(dest, [input]);

        act.Should().Throw<Errors.ConfigurationException>().WithMessage("*the output would overwrite an input file*");
        File.Exists(input).Should().BeTrue();
    }

    [Fact]
    public void A_folder_an_earlier_version_wrote_without_a_manifest_is_replaced_when_its_layout_is_known()
    {
        var dest = RepoPaths.NewTempFolder();
        Directory.CreateDirectory(Path.Combine(dest, "en"));
        File.WriteAllText(Path.Combine(dest, "en", "overview.pdf"), "old");
        File.WriteAllText(Path.Combine(dest, "comparison.json"), "{}");

        using (var output = new OutputFolder(dest, command: "demo", layoutWithoutManifest: ["runs", "en", "fr", "comparison.json"]))
        {
            output.WriteAllText("manifest.json", "{}");
            output.Commit();
        }

        Directory.GetFileSystemEntries(dest).Select(Path.GetFileName).Should().Equal("manifest.json");
        File.WriteAllText(Path.Combine(dest, "notes.txt"), "mine");
        var act = () => new OutputFolder(dest, command: "demo", layoutWithoutManifest: ["runs", "en", "fr", "comparison.json"]);
        act.Should().Throw<Errors.ConfigurationException>("the manifest written is not a kit manifest, and notes.txt is not the demo's");
    }
}
