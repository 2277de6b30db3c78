using System.Diagnostics;
using System.Text.Json.Nodes;
using SegmentationKit.Notebooks.Jupyter;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Notebooks.Tests;

/// <summary>The kernel through the real Jupyter client (Debian's jupyter-nbconvert, python3-nbclient,
/// python3-ipykernel, python3-nbformat): the kernelspec is installed into a temporary prefix that
/// points at the freshly built segkit.dll, and every notebook in notebooks/ is executed with
/// <c>jupyter nbconvert --execute</c> and validated with nbformat.</summary>
public sealed class JupyterKernelTests
{
    private const string Hint = "Debian: apt-get install jupyter-nbconvert python3-nbclient python3-ipykernel python3-nbformat";

    [SkippableFact]
    public void Every_notebook_in_the_repository_executes_through_jupyter_and_validates()
    {
        var jupyter = IntegrationTool.Require("jupyter", Hint);
        var (jupyterPath, python) = InstallKernel();
        // The course and its solutions (notebooks/solutions/, the same names: each gets its own output folder).
        var notebooks = Directory.GetFiles(RepoPaths.Combine("notebooks"), "*.ipynb")
            .Concat(Directory.GetFiles(RepoPaths.Combine("notebooks", "solutions"), "*.ipynb"))
            .OrderBy(p => p, StringComparer.Ordinal).ToArray();
        notebooks.Select(Path.GetFileName).Should().Contain(["01-explore-the-customer-base.ipynb", "02-rfm.ipynb", "03-clustering-and-choosing-k.ipynb", "13-from-segments-to-action.ipynb"]);

        foreach (var notebook in notebooks)
        {
            var outDir = RepoPaths.NewTempFolder("segkit-nbconvert");
            var (code, _, stderr) = Run(jupyter, ["nbconvert", "--to", "notebook", "--execute", $"--ExecutePreprocessor.kernel_name={KernelSpec.Name}",
                "--ExecutePreprocessor.timeout=600", "--output-dir", outDir, notebook], jupyterPath);
            code.Should().Be(0, $"{Path.GetFileName(notebook)} must execute without error:\n{Tail(stderr)}");
            var executed = Path.Combine(outDir, Path.GetFileName(notebook));
            var (valid, _, validationError) = Run(python, ["-c", "import nbformat, sys; nbformat.validate(nbformat.read(sys.argv[1], as_version=4))", executed], jupyterPath);
            valid.Should().Be(0, $"{executed} must be valid nbformat 4:\n{Tail(validationError)}");

            var cells = JsonNode.Parse(File.ReadAllText(executed))!["cells"]!.AsArray().Where(c => (string?)c!["cell_type"] == "code").ToArray();
            cells.Should().OnlyContain(c => c!["execution_count"] != null, "every code cell ran");
            cells.SelectMany(c => c!["outputs"]!.AsArray()).Should().NotContain(o => (string?)o!["output_type"] == "error");
        }
    }

    [SkippableFact]
    public void A_failing_cell_fails_nbconvert_with_the_engine_error_and_its_line()
    {
        var jupyter = IntegrationTool.Require("jupyter", Hint);
        var (jupyterPath, _) = InstallKernel();
        var (code, _, stderr) = Run(jupyter, ["nbconvert", "--to", "notebook", "--execute", $"--ExecutePreprocessor.kernel_name={KernelSpec.Name}",
            "--output-dir", RepoPaths.NewTempFolder("segkit-nbconvert"), RepoPathsForTests.TestData("failing.ipynb")], jupyterPath);

        code.Should().NotBe(0);
        stderr.Should().Contain("ArgumentOutOfRangeException").And.Contain("in cell 2, line 2");
    }

    [SkippableFact]
    public void The_wrapper_turns_engine_outputs_into_the_iopub_messages_of_the_same_name()
    {
        IntegrationTool.Require("jupyter", Hint);
        var (_, python) = InstallKernel();
        var folder = Path.Combine(KernelsFolder, KernelSpec.Name);
        // Python side of the protocol, checked in Python: the mapping the kernel uses for every output.
        const string script = """
            import sys
            sys.path.insert(0, sys.argv[1])
            from segkit_kernel import iopub_message
            assert iopub_message({"output_type": "stream", "name": "stdout", "text": "hi\n"}, 3) == ("stream", {"name": "stdout", "text": "hi\n"})
            t, c = iopub_message({"output_type": "execute_result", "execution_count": 1, "data": {"text/plain": "42"}, "metadata": {}}, 7)
            assert t == "execute_result" and c["execution_count"] == 7 and c["data"] == {"text/plain": "42"}, c
            t, c = iopub_message({"output_type": "display_data", "data": {"text/html": "<b>x</b>"}, "metadata": {}}, 7)
            assert t == "display_data" and c["data"] == {"text/html": "<b>x</b>"} and c["transient"] == {}, c
            t, c = iopub_message({"output_type": "error", "ename": "E", "evalue": "v", "traceback": ["E: v"]}, 7)
            assert (t, c) == ("error", {"ename": "E", "evalue": "v", "traceback": ["E: v"]}), c
            print("ok")
            """;
        var (code, stdout, stderr) = Run(python, ["-c", script, folder], null);
        code.Should().Be(0, stderr);
        stdout.Trim().Should().Be("ok");
    }

    [SkippableFact]
    public void Interrupt_stops_the_running_cell_keeps_the_variables_and_restart_forgets_them()
    {
        IntegrationTool.Require("jupyter", Hint);
        var (jupyterPath, python) = InstallKernel();
        // Driven through jupyter_client, as JupyterLab does: SIGINT to the wrapper, which asks the engine to stop.
        const string script = """
            import time
            from jupyter_client.manager import start_new_kernel
            km, kc = start_new_kernel(kernel_name="segkit-csharp", startup_timeout=120)
            seen = []
            hook = lambda m: seen.append((m["msg_type"], m["content"].get("data", {}).get("text/plain"), m["content"].get("ename")))
            try:
                kc.execute_interactive("var kept = 41;", timeout=120)
                # stop_on_error=False: otherwise ipykernel may abort the next request, sent right after
                # this one's error reply, before it leaves its "aborting" state.
                loop_id = kc.execute("Console.WriteLine(\"looping\"); while (true) { Console.Write(\"\"); System.Threading.Thread.Sleep(10); }", stop_on_error=False)
                # Interrupt only once the loop runs: a SIGINT that lands earlier interrupts nothing.
                while True:
                    m = kc.get_iopub_msg(timeout=120)
                    if m["parent_header"].get("msg_id") == loop_id and m["msg_type"] == "stream":
                        break
                time.sleep(0.5)
                km.interrupt_kernel()
                reply = kc.get_shell_msg(timeout=60)["content"]
                print("interrupted:", reply["status"], reply["ename"])
                kc.execute_interactive("kept + 1", timeout=60, output_hook=hook)
                km.restart_kernel(now=True)
                kc.wait_for_ready(timeout=120)
                kc.execute_interactive("kept", timeout=120, output_hook=hook)
                for s in seen:
                    if s[0] in ("execute_result", "error"):
                        print(s[0], s[1] or s[2])
            finally:
                kc.stop_channels()
                km.shutdown_kernel(now=True)
            """;
        var (code, stdout, stderr) = Run(python, ["-c", script], jupyterPath);

        code.Should().Be(0, Tail(stderr));
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            "interrupted: error Interrupted",
            "execute_result 42",
            "error CompilationError");
    }

    private string KernelsFolder => Path.Combine(_prefix, "share", "jupyter", "kernels");

    private readonly string _prefix = RepoPaths.NewTempFolder("segkit-kernel");

    private (string JupyterPath, string Python) InstallKernel() => InstallKernel(_prefix);

    /// <summary>Installs the kernelspec under <paramref name="prefix"/>, starting the segkit.dll built
    /// next to these tests, and returns the JUPYTER_PATH that finds it and the Python the spec uses.</summary>
    internal static (string JupyterPath, string Python) InstallKernel(string prefix)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
            ? host : IntegrationTool.Find("dotnet") ?? "dotnet";
        var folder = KernelSpec.Install(Path.Combine(prefix, "share", "jupyter", "kernels"), engineCommand: [dotnet, BuiltSegkit(), "kernel", "serve"]);
        var python = (string)JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "kernel.json")))!["argv"]![0]!;
        return (Path.Combine(prefix, "share", "jupyter"), python);
    }

    /// <summary>The CLI built in the same configuration as this test assembly.</summary>
    private static string BuiltSegkit()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // bin/<Configuration>/net10.0/
        var path = RepoPaths.Combine("src", "SegmentationKit.Cli", "bin", configuration, "net10.0", "segkit.dll");
        if (!File.Exists(path)) throw new FileNotFoundException($"build the solution first: {path} is missing", path);
        return path;
    }

    private static (int Code, string Stdout, string Stderr) Run(string file, IEnumerable<string> args, string? jupyterPath)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        if (jupyterPath is not null) psi.Environment["JUPYTER_PATH"] = jupyterPath;
        // The debugger warning of Debian's python about frozen modules is noise in failure messages.
        psi.Environment["PYDEVD_DISABLE_FILE_VALIDATION"] = "1";
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(900_000))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(" ", psi.ArgumentList)} did not finish in 900 s");
        }
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    private static string Tail(string text) => text.Length <= 4000 ? text : text[^4000..];
}
