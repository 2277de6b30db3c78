using System.Text.Json.Nodes;
using SegmentationKit.Errors;
using SegmentationKit.Notebooks.Runner;

namespace SegmentationKit.Notebooks.Tests;

public sealed class NotebookRunnerTests
{
    [Fact]
    public void Running_a_notebook_stores_outputs_and_execution_counts_in_each_code_cell()
    {
        var result = NotebookRunner.Run(RepoPathsForTests.TestData("small.ipynb"));
        var cells = result.Notebook.Cells;

        result.CodeCellsRun.Should().Be(2);
        cells[0]!["outputs"].Should().BeNull("markdown cells have no outputs");
        cells[1]!["execution_count"]!.GetValue<int>().Should().Be(1);
        cells[2]!["execution_count"]!.GetValue<int>().Should().Be(2);
        var outputs = cells[2]!["outputs"]!.AsArray();
        outputs[0]!["text"]!.GetValue<string>().Should().Be("k=3 label=default\n");
        outputs[1]!["output_type"]!.GetValue<string>().Should().Be("execute_result");
        outputs[1]!["data"]!["text/plain"]!.GetValue<string>().Should().Be("6");
        cells[3]!["execution_count"].Should().BeNull("an empty cell is not run");
    }

    [Fact]
    public void Parameters_are_assigned_in_a_cell_injected_after_the_parameters_cell()
    {
        var result = NotebookRunner.Run(RepoPathsForTests.TestData("small.ipynb"), new Dictionary<string, string> { ["k"] = "5", ["label"] = "from the command line" });
        var cells = result.Notebook.Cells;

        cells.Should().HaveCount(5);
        cells[2]!["metadata"]!["tags"]![0]!.GetValue<string>().Should().Be(NotebookRunner.InjectedTag);
        NotebookDocument.Source(cells[2]!).Should().Be("k = 5;\nlabel = \"from the command line\";");
        cells[3]!["outputs"]![0]!["text"]!.GetValue<string>().Should().Be("k=5 label=from the command line\n");
    }

    [Fact]
    public void The_first_failing_cell_stops_the_run_naming_the_notebook_cell_line_and_error()
    {
        var path = RepoPathsForTests.TestData("failing.ipynb");
        var act = () => NotebookRunner.Run(path);

        var e = act.Should().Throw<NotebookExecutionException>().Which;
        e.CellNumber.Should().Be(3);
        e.Error.Line.Should().Be(2);
        e.Error.ErrorName.Should().Be("ArgumentOutOfRangeException");
        e.Message.Should().StartWith($"{path}, cell 3, line 2: ArgumentOutOfRangeException:");
    }

    [Fact]
    public void A_cell_timeout_needs_the_engine_in_a_child_process()
    {
        var act = () => NotebookRunner.Run(RepoPathsForTests.TestData("small.ipynb"), null, new NotebookRunOptions { CellTimeout = TimeSpan.FromSeconds(5) });
        act.Should().Throw<ArgumentException>().WithMessage("*needs the engine in a child process*");
    }

    [Fact]
    public void A_parameter_without_a_parameters_cell_is_a_configuration_error()
    {
        var act = () => NotebookRunner.Run(RepoPathsForTests.TestData("failing.ipynb"), new Dictionary<string, string> { ["k"] = "1" });
        act.Should().Throw<ConfigurationException>().WithMessage("*no cell tagged 'parameters'*");
    }

    [Fact]
    public void A_file_that_is_not_a_notebook_is_a_data_error_naming_the_file()
    {
        var folder = SegmentationKit.TestSupport.RepoPaths.NewTempFolder();
        var path = Path.Combine(folder, "broken.ipynb");
        File.WriteAllText(path, "{\"cells\": [], \"nbformat\": 3}");
        var act = () => NotebookRunner.Run(path);
        act.Should().Throw<DataValidationException>().WithMessage("*broken.ipynb*nbformat 4*");
    }

    [Theory]
    [InlineData("6", "6")]
    [InlineData("-2.5", "-2.5")]
    [InlineData("1e3", "1000.0")]
    [InlineData("true", "true")]
    [InlineData("data-samples/customers.csv", "\"data-samples/customers.csv\"")]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    public void Parameter_values_become_csharp_literals(string value, string literal) =>
        NotebookRunner.Literal(value).Should().Be(literal);

    [Fact]
    public void A_saved_notebook_is_written_like_jupyter_with_one_space_indent_and_a_final_newline()
    {
        var result = NotebookRunner.Run(RepoPathsForTests.TestData("small.ipynb"));
        var path = Path.Combine(SegmentationKit.TestSupport.RepoPaths.NewTempFolder(), "out.ipynb");
        result.Notebook.Save(path);
        var text = File.ReadAllText(path);

        text.Should().StartWith("{\n \"cells\": [\n  {\n").And.EndWith("}\n");
        JsonNode.Parse(text)!["nbformat"]!.GetValue<int>().Should().Be(4);
    }
}
