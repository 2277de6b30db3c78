using System.Text.Json.Nodes;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Cli.Tests;

/// <summary><c>segkit notebook run A B C</c> is all-or-nothing: a later notebook failing leaves every
/// earlier one as it was; nbformat 4.5 notebooks (ids, attachments) run; a malformed one exits 2.</summary>
[Trait("Category", "Slow")]
public class NotebookBatchTests
{
    private static string Notebook(string source) => new JsonObject
    {
        ["cells"] = new JsonArray(
            new JsonObject
            {
                ["attachments"] = new JsonObject { ["dot.png"] = new JsonObject { ["image/png"] = "iVBORw0KGgo=" } },
                ["cell_type"] = "markdown", ["id"] = "intro", ["metadata"] = new JsonObject(), ["source"] = "![dot](attachment:dot.png)",
            },
            new JsonObject
            {
                ["cell_type"] = "code", ["execution_count"] = null, ["id"] = "c1", ["metadata"] = new JsonObject(),
                ["outputs"] = new JsonArray(), ["source"] = source,
            }),
        ["metadata"] = new JsonObject(),
        ["nbformat"] = 4,
        ["nbformat_minor"] = 5,
    }.ToJsonString();

    [Fact]
    public void A_failing_later_notebook_leaves_the_earlier_ones_unwritten_in_place_and_in_out()
    {
        var dir = RepoPaths.NewTempFolder("segkit-nbbatch");
        var good = Notebook("1 + 1");
        var bad = Notebook("undefinedName + 1");
        File.WriteAllText(Path.Combine(dir, "a.ipynb"), good);
        File.WriteAllText(Path.Combine(dir, "b.ipynb"), bad);

        var inPlace = CliRunner.Run(dir, "notebook", "run", "a.ipynb", "b.ipynb", "--inplace");

        UserErrorTests.ShouldBeUserError(inPlace, "");
        inPlace.Stderr.Should().Contain("b.ipynb, cell 2").And.Contain("none of the 2 notebooks was written")
            .And.Contain("Fix: correct that cell (or the data it reads) and run the notebooks again");
        File.ReadAllText(Path.Combine(dir, "a.ipynb")).Should().Be(good, "a ran, but the batch failed: a is not rewritten");
        File.ReadAllText(Path.Combine(dir, "b.ipynb")).Should().Be(bad);

        var toFolder = CliRunner.Run(dir, "notebook", "run", "a.ipynb", "b.ipynb", "--out", "done");

        toFolder.ExitCode.Should().Be(2);
        (Directory.Exists(Path.Combine(dir, "done")) ? Directory.GetFileSystemEntries(Path.Combine(dir, "done")) : []).Should().BeEmpty();
        Directory.GetFileSystemEntries(dir).Select(Path.GetFileName).Order().Should().Equal("a.ipynb", "b.ipynb");
    }

    [Fact]
    public void A_batch_of_nbformat_4_5_notebooks_runs_and_keeps_ids_and_attachments()
    {
        var dir = RepoPaths.NewTempFolder("segkit-nbbatch");
        File.WriteAllText(Path.Combine(dir, "a.ipynb"), Notebook("6 * 7"));
        File.WriteAllText(Path.Combine(dir, "b.ipynb"), Notebook("\"Servicés\""));

        var r = CliRunner.Run(dir, "notebook", "run", "a.ipynb", "b.ipynb", "--out", "done");

        r.ExitCode.Should().Be(0, r.ToString());
        var a = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "done", "a.ipynb")))!;
        a["cells"]![0]!["attachments"]!["dot.png"]!["image/png"]!.GetValue<string>().Should().Be("iVBORw0KGgo=");
        a["cells"]![1]!["id"]!.GetValue<string>().Should().Be("c1");
        a["cells"]![1]!["outputs"]![0]!["data"]!["text/plain"]!.GetValue<string>().Should().Be("42");
        var b = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "done", "b.ipynb")))!;
        b["cells"]![1]!["outputs"]![0]!["data"]!["text/plain"]!.GetValue<string>().Should().Contain("Servicés");
        Directory.GetFileSystemEntries(Path.Combine(dir, "done")).Select(Path.GetFileName).Order().Should().Equal("a.ipynb", "b.ipynb");
    }

    [Fact]
    public void A_malformed_notebook_exits_2_naming_the_cell_before_anything_runs()
    {
        var dir = RepoPaths.NewTempFolder("segkit-nbbatch");
        File.WriteAllText(Path.Combine(dir, "a.ipynb"), Notebook("1").Replace("\"cell_type\":\"code\"", "\"cell_type\":5"));

        var r = CliRunner.Run(dir, "notebook", "run", "a.ipynb", "--out", "done");

        UserErrorTests.ShouldBeUserError(r, "a.ipynb, column 'cell 2': the cell type must be \"code\", \"markdown\" or \"raw\" (value '5'). Fix: ");
    }

    [Fact]
    public void A_missing_notebook_exits_2_before_any_runs()
    {
        var dir = RepoPaths.NewTempFolder("segkit-nbbatch");
        File.WriteAllText(Path.Combine(dir, "a.ipynb"), Notebook("1"));

        var r = CliRunner.Run(dir, "notebook", "run", "a.ipynb", "missing.ipynb", "--inplace");

        UserErrorTests.ShouldBeUserError(r, "notebooks: the notebook 'missing.ipynb' does not exist. Fix: check the path of every notebook given");
    }
}
