using System.Text.Json;
using System.Text.Json.Nodes;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Cli.Tests;

public class NotebookAndKernelCommandTests
{
    private const string Notebook = """
        {"cells": [
          {"cell_type": "code", "execution_count": null, "id": "p", "metadata": {"tags": ["parameters"]}, "outputs": [], "source": "var k = 2;"},
          {"cell_type": "code", "execution_count": null, "id": "s", "metadata": {}, "outputs": [], "source": "Console.WriteLine(\"squared\");\nk * k"}
         ], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
        """;

    private static string NotebookFolder(string source = Notebook)
    {
        var dir = RepoPaths.NewTempFolder("segkit-notebook-cli");
        File.WriteAllText(Path.Combine(dir, "square.ipynb"), source);
        return dir;
    }

    [Fact]
    public void Notebook_run_writes_the_executed_notebook_into_the_out_folder_with_parameters_applied()
    {
        var dir = NotebookFolder();
        var result = CliRunner.Run(dir, "notebook", "run", "square.ipynb", "--out", "done", "--param", "k=7");

        result.ExitCode.Should().Be(0, result.ToString());
        var cells = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "done", "square.ipynb")))!["cells"]!.AsArray();
        cells.Should().HaveCount(3, "the injected parameters cell sits after the parameters cell");
        cells[2]!["outputs"]![1]!["data"]!["text/plain"]!.GetValue<string>().Should().Be("49");
        File.ReadAllText(Path.Combine(dir, "square.ipynb")).Should().Be(Notebook, "--out never touches the input");
    }

    [Fact]
    public void Notebook_run_stops_at_the_failing_cell_exits_2_and_writes_nothing()
    {
        var dir = NotebookFolder(Notebook.Replace("k * k", "k * undefinedName"));
        var result = CliRunner.Run(dir, "notebook", "run", "square.ipynb", "--inplace");

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("square.ipynb, cell 2, line 2: CompilationError:").And.Contain("undefinedName");
        File.ReadAllText(Path.Combine(dir, "square.ipynb")).Should().Be(Notebook.Replace("k * k", "k * undefinedName"));
    }

    private static string TwoCells(string second) => $$"""
        {"cells": [
          {"cell_type": "markdown", "id": "m", "metadata": {}, "source": "# A runaway"},
          {"cell_type": "code", "execution_count": null, "id": "a", "metadata": {}, "outputs": [], "source": "Console.WriteLine(\"first\");"},
          {"cell_type": "code", "execution_count": null, "id": "b", "metadata": {}, "outputs": [], "source": {{JsonSerializer.Serialize(second)}}}
         ], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
        """;

    [Fact]
    public void A_cell_running_past_the_timeout_is_stopped_and_the_run_fails_naming_the_notebook_and_the_cell()
    {
        // The cell notes when it starts, so the test measures the cell, not the processes' start-up.
        var dir = NotebookFolder(TwoCells("// spins\nFile.WriteAllText(\"started\", DateTime.UtcNow.ToString(\"O\"));\nwhile (true) {}"));
        var launched = DateTime.UtcNow;
        var result = CliRunner.Run(dir, "notebook", "run", "square.ipynb", "--out", "done", "--timeout", "5");
        var exited = DateTime.UtcNow;

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain("error: square.ipynb, cell 3: Timeout:", "the notebook is named as typed")
            .And.Contain("after 5 s").And.Contain("(the cell starting `File.WriteAllText(\"started\"");
        var started = DateTime.Parse(File.ReadAllText(Path.Combine(dir, "started")), null, System.Globalization.DateTimeStyles.RoundtripKind);
        // The timeout counts from the cell's submission, its compilation included (seconds on a busy
        // machine), so the run lasts at least 5 s; and from the cell's first statement, at most
        // 5 s of the cell, the interrupt's grace (0.5 s), the kill and the CLI's exit.
        (exited - launched).TotalSeconds.Should().BeGreaterThanOrEqualTo(5);
        (exited - started).TotalSeconds.Should().BeLessThanOrEqualTo(5 + 5);
        Directory.Exists(Path.Combine(dir, "done")).Should().BeFalse("a failed run writes nothing");
    }

    [Theory]
    [InlineData("Environment.Exit(3);", "exit code 3")]
    [InlineData("int Down(int n) => Down(n + 1) + 1;\nDown(0)", "Stack overflow")]
    public void A_cell_that_ends_the_engine_is_a_failed_cell_not_a_silent_success(string code, string said)
    {
        var dir = NotebookFolder(TwoCells(code));
        var result = CliRunner.Run(dir, "notebook", "run", "square.ipynb", "--inplace");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain("square.ipynb, cell 3: EngineExited: the cell ended the engine process").And.Contain(said);
    }

    [Fact]
    public void A_notebook_restores_a_nuget_package_and_uses_it()
    {
        var dir = NotebookFolder(TwoCells("#r \"nuget: Humanizer.Core, 2.14.1\"\nusing Humanizer;\n\"MonthlyRecurringRevenue\".Humanize()"));
        var result = CliRunner.Run(dir, "notebook", "run", "square.ipynb", "--out", "done");

        result.ExitCode.Should().Be(0, result.ToString());
        var cells = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "done", "square.ipynb")))!["cells"]!.AsArray();
        cells[2]!["outputs"]![0]!["data"]!["text/plain"]!.GetValue<string>().Should().Be("Monthly recurring revenue");
    }

    [Fact]
    public void A_timeout_below_one_second_is_refused_with_a_fix()
    {
        var result = CliRunner.Run(NotebookFolder(), "notebook", "run", "square.ipynb", "--inplace", "--timeout", "0");
        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("--timeout").And.Contain("e.g. --timeout 600");
    }

    [Fact]
    public void Notebook_run_needs_inplace_or_out()
    {
        var result = CliRunner.Run(NotebookFolder(), "notebook", "run", "square.ipynb");
        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("--inplace or --out");
    }

    [Fact]
    public void Kernel_install_writes_a_kernelspec_that_starts_this_segkit_in_serve_mode()
    {
        var prefix = RepoPaths.NewTempFolder("segkit-kernel-cli");
        var result = CliRunner.Run(prefix, "kernel", "install", "--prefix", prefix, "--python", "/usr/bin/python3");

        result.ExitCode.Should().Be(0, result.ToString());
        var folder = Path.Combine(prefix, "share", "jupyter", "kernels", "segkit-csharp");
        var spec = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "kernel.json")))!;
        spec["display_name"]!.GetValue<string>().Should().Be("C# (SegmentationKit)");
        spec["language"]!.GetValue<string>().Should().Be("csharp");
        spec["argv"]!.AsArray().Select(a => a!.GetValue<string>()).Should().Equal("/usr/bin/python3", Path.Combine(folder, "segkit_kernel.py"), "-f", "{connection_file}");
        var engine = JsonSerializer.Deserialize<string[]>(spec["env"]!["SEGKIT_ENGINE_COMMAND"]!.GetValue<string>())!;
        engine[^3..].Should().Equal(CliRunner.SegkitDll, "kernel", "serve");
        File.ReadAllText(Path.Combine(folder, "segkit_kernel.py")).Should().Contain("class SegkitKernel(Kernel)");
    }

    [Fact]
    public void Kernel_serve_answers_an_execute_request_on_stdout()
    {
        var psi = new System.Diagnostics.ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h && File.Exists(h) ? h : "dotnet")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var a in new[] { CliRunner.SegkitDll, "kernel", "serve" }) psi.ArgumentList.Add(a);
        using var process = System.Diagnostics.Process.Start(psi)!;
        process.StandardInput.WriteLine("""{"type":"execute","id":1,"code":"Console.WriteLine(\"printed\"); 1 + 1"}""");
        process.StandardInput.Flush();
        // "shutdown" interrupts a running cell, as Jupyter's does, so it is sent only once the cell is done.
        var lines = new List<JsonNode>();
        while (process.StandardOutput.ReadLine() is { } line)
        {
            lines.Add(JsonNode.Parse(line)!);
            if (lines[^1]["type"]!.GetValue<string>() == "done") break;
        }
        process.StandardInput.WriteLine("""{"type":"shutdown"}""");
        process.StandardInput.Close();
        process.StandardOutput.ReadToEnd().Should().BeEmpty("nothing follows the reply to the only request");
        process.WaitForExit(60_000).Should().BeTrue();

        process.ExitCode.Should().Be(0);
        lines.Select(l => l["type"]!.GetValue<string>()).Should().Equal("ready", "output", "output", "done");
        lines[1]["output"]!["text"]!.GetValue<string>().Should().Be("printed\n", "what a cell prints is captured, never mixed into the protocol");
        lines[2]["output"]!["data"]!["text/plain"]!.GetValue<string>().Should().Be("2");
    }
}
