using SegmentationKit.Notebooks.Engine;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Notebooks.Tests;

public sealed class NotebookEngineTests
{
    private static string Plain(CellOutput o) => (string)o.Json["data"]!["text/plain"]!;

    [Fact]
    public async Task A_variable_declared_in_one_cell_is_used_in_the_next()
    {
        var engine = new NotebookEngine();
        (await engine.ExecuteAsync("var total = Enumerable.Range(1, 4).Sum();")).Outputs.Should().BeEmpty();
        var second = await engine.ExecuteAsync("total * 10");

        second.ExecutionCount.Should().Be(2);
        second.Outputs.Should().ContainSingle();
        second.Outputs[0].OutputType.Should().Be("execute_result");
        Plain(second.Outputs[0]).Should().Be("100");
        second.Outputs[0].Json["execution_count"]!.GetValue<int>().Should().Be(2);
    }

    [Fact]
    public async Task A_compile_error_names_the_cell_and_line_and_the_session_goes_on()
    {
        var engine = new NotebookEngine();
        await engine.ExecuteAsync("var kept = 7;");
        var failed = await engine.ExecuteAsync("var a = 1;\nvar b = missingName + a;");

        failed.Error.Should().NotBeNull();
        failed.Error!.Cell.Should().Be(2);
        failed.Error.Line.Should().Be(2);
        failed.Error.ErrorName.Should().Be("CompilationError");
        failed.Error.Message.Should().Contain("CS0103").And.Contain("missingName");
        failed.Outputs.Should().ContainSingle().Which.OutputType.Should().Be("error");
        failed.Error.ToString().Should().StartWith("cell 2, line 2: CompilationError:");

        var after = await engine.ExecuteAsync("kept + 1");
        Plain(after.Outputs[0]).Should().Be("8");
    }

    [Fact]
    public async Task A_runtime_error_reports_the_exception_and_its_line_in_the_cell()
    {
        var engine = new NotebookEngine();
        var failed = await engine.ExecuteAsync("var xs = new int[2];\nvar i = 5;\nConsole.WriteLine(xs[i]);");

        failed.Error!.ErrorName.Should().Be("IndexOutOfRangeException");
        failed.Error.Line.Should().Be(3);
        failed.Error.Cell.Should().Be(1);
        failed.Outputs.Single().Json["traceback"]!.AsArray().Select(t => (string)t!).Should().Contain("   in cell 1, line 3");
    }

    [Fact]
    public async Task Console_output_and_displays_keep_their_order()
    {
        var engine = new NotebookEngine();
        var result = await engine.ExecuteAsync("Console.WriteLine(\"before\");\ndisplay(42);\nConsole.Write(\"after\");\nConsole.Error.WriteLine(\"warned\");");

        result.Outputs.Select(o => o.OutputType).Should().Equal("stream", "display_data", "stream", "stream");
        result.Outputs[0].Json["text"]!.GetValue<string>().Should().Be("before\n");
        Plain(result.Outputs[1]).Should().Be("42");
        result.Outputs[2].Json["name"]!.GetValue<string>().Should().Be("stdout");
        result.Outputs[2].Json["text"]!.GetValue<string>().Should().Be("after");
        result.Outputs[3].Json["name"]!.GetValue<string>().Should().Be("stderr");
    }

    [Fact]
    public async Task Printed_lines_reach_the_front_end_while_the_cell_runs_and_are_stored_as_one_stream()
    {
        var engine = new NotebookEngine();
        var live = new List<CellOutput>();
        var result = await engine.ExecuteAsync(
            "Console.WriteLine(\"step 1\");\nSystem.Threading.Thread.Sleep(300);\nConsole.WriteLine(\"step 2\");\nSystem.Threading.Thread.Sleep(300);\nConsole.WriteLine(\"done\");",
            live.Add);

        result.Outputs.Should().ContainSingle().Which.Json["text"]!.GetValue<string>().Should().Be("step 1\nstep 2\ndone\n");
        string.Concat(live.Select(o => o.Json["text"]!.GetValue<string>())).Should().Be("step 1\nstep 2\ndone\n");
        live.Should().OnlyContain(o => o.OutputType == "stream");
    }

    [Fact]
    public async Task The_kit_is_referenced_and_its_namespaces_imported()
    {
        var engine = new NotebookEngine();
        var result = await engine.ExecuteAsync("new SegmentDefinition(\"c1\", \"Cluster 1\", \"d\", \"k-means\").Name");
        Plain(result.Outputs.Single()).Should().Be("Cluster 1");
    }

    [Fact]
    public async Task A_cell_writes_a_segment_report_pdf_from_a_profile_it_made()
    {
        // The reports library is part of the kit a notebook sees: profile two hand-made segments of
        // the four-customer table, then write segment A's executive report.
        var folder = RepoPaths.NewTempFolder("segkit-report-cell");
        File.Copy(RepoPathsForTests.TestData("four-customers.csv"), Path.Combine(folder, "customers.csv"));
        var engine = new NotebookEngine(folder);
        var result = await engine.ExecuteAsync("""
            using SegmentationKit.Reports;
            var customers = CustomerCsv.Load("customers.csv");
            var segmentation = new Segmentation("hand", new Dictionary<string, string>(), new DateOnly(2026, 6, 30),
                [new SegmentDefinition("a", "A", "first two", "C1, C2"), new SegmentDefinition("b", "B", "last two", "C3, C4")],
                ["C1", "C2", "C3", "C4"], ["a", "a", "b", "b"]);
            var profile = new SegmentProfiler().Profile(segmentation, new SegmentationData(customers, AsOf: new DateOnly(2026, 6, 30)));
            var report = new SegmentReport(profile, profile.Segment("a"), new ReportOptions());
            using (var pdf = File.Create("a.pdf")) report.Write(pdf);
            report.PageCount
            """);

        result.Error.Should().BeNull();
        var pages = Plain(result.Outputs.Single());
        pages.Should().BeOneOf(["1", "2"], "a segment report is one or two pages");
        var pdf = File.ReadAllBytes(Path.Combine(folder, "a.pdf"));
        pdf.Take(5).Should().Equal("%PDF-"u8.ToArray());
        System.Text.Encoding.Latin1.GetString(pdf).Should().Contain($"/Count {pages}", "the file's page tree has the pages the report drew");
    }

    [Fact]
    public async Task Referencing_the_kit_by_path_as_in_dotnet_interactive_resolves_to_the_loaded_kit()
    {
        var engine = new NotebookEngine(RepoPathsForTests.NotebookFolder);
        var result = await engine.ExecuteAsync("#r \"../src/SegmentationKit.Cli/bin/Release/net10.0/SegmentationKit.dll\"\ntypeof(Segmentation).Assembly.Location");
        result.Error.Should().BeNull();
        Plain(result.Outputs.Single()).Should().Be(typeof(Segmentation).Assembly.Location);
    }

    [Fact]
    public async Task A_missing_reference_is_a_compile_error_naming_the_file()
    {
        var engine = new NotebookEngine(RepoPathsForTests.NotebookFolder);
        var result = await engine.ExecuteAsync("#r \"no-such-library.dll\"\n1");
        result.Error!.ErrorName.Should().Be("CompilationError");
        result.Error.Message.Should().Contain("no-such-library.dll");
    }

    [Fact]
    public async Task An_interrupted_cell_ends_with_an_interrupted_error_and_the_session_survives()
    {
        var engine = new NotebookEngine();
        await engine.ExecuteAsync("var survivor = \"still here\";");
        var result = await engine.ExecuteAsync("var n = 0;\nwhile (true) { display(n++); }", output => engine.Interrupt());

        result.Error!.ErrorName.Should().Be("Interrupted");
        result.Outputs.Last().OutputType.Should().Be("error");
        Plain((await engine.ExecuteAsync("survivor")).Outputs.Single()).Should().Be("still here");
    }

    [Fact]
    public async Task Restart_forgets_variables_and_counts_cells_from_one()
    {
        var engine = new NotebookEngine();
        await engine.ExecuteAsync("var gone = 1;");
        engine.Restart();
        var result = await engine.ExecuteAsync("gone");

        result.ExecutionCount.Should().Be(1);
        result.Error!.Message.Should().Contain("gone");
    }

    [Fact]
    public async Task Cells_run_under_the_invariant_culture_so_stored_outputs_do_not_depend_on_the_machine()
    {
        var engine = new NotebookEngine();
        var result = await engine.ExecuteAsync("(1234.5).ToString()");
        Plain(result.Outputs.Single()).Should().Be("1234.5");
    }
}
