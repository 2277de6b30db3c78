using SegmentationKit.TestSupport;

namespace SegmentationKit.Notebooks.Tests;

/// <summary>The .NET Interactive Jupyter kernel (<c>.net-csharp</c>) for integration tests: the
/// dotnet tool Microsoft.dotnet-interactive (on PATH, or where .ci/run installs it), its kernelspec
/// installed into a temporary folder, and the kit's packages from artifacts/packages.</summary>
internal sealed class DotNetInteractive
{
    public const string KernelName = ".net-csharp";
    private const string ToolHint = "dotnet tool install --tool-path .ci/dotnet-interactive Microsoft.dotnet-interactive --version 1.0.712001";

    private DotNetInteractive(string toolFolder, string jupyterPath, string packagesCache)
    {
        ToolFolder = toolFolder;
        JupyterPath = jupyterPath;
        PackagesCache = packagesCache;
    }

    public string ToolFolder { get; }

    /// <summary>JUPYTER_PATH under which the kernelspec was installed.</summary>
    public string JupyterPath { get; }

    /// <summary>A fresh NuGet global packages folder: the kernel restores the kit's packages just
    /// packed, never a copy cached from an earlier pack of the same version.</summary>
    public string PackagesCache { get; }

    /// <summary>Finds the tool and the packed kit (skipping, or failing under
    /// SEGKIT_REQUIRE_INTEGRATION=1, when either is missing) and installs the kernelspec.</summary>
    public static DotNetInteractive Install()
    {
        var onPath = IntegrationTool.Find("dotnet-interactive");
        var local = RepoPaths.Combine(".ci", "dotnet-interactive", "dotnet-interactive");
        var tool = onPath ?? (File.Exists(local) ? local : IntegrationTool.Require("dotnet-interactive", ToolHint));
        var packages = RepoPaths.Combine("artifacts", "packages");
        if (!Directory.Exists(packages) || Directory.GetFiles(packages, "SegmentationKit.Interactive.*.nupkg").Length == 0)
            IntegrationTool.Require(Path.Combine(packages, "SegmentationKit.Interactive.*.nupkg"), "dotnet pack -c Release -o artifacts/packages, from the repository root");

        var toolFolder = Path.GetDirectoryName(tool)!;
        var root = RepoPaths.NewTempFolder("segkit-dotnet-interactive");
        var kernels = Path.Combine(root, "jupyter", "kernels");
        Directory.CreateDirectory(kernels);
        var env = new DotNetInteractive(toolFolder, Path.Combine(root, "jupyter"), Path.Combine(root, "nuget-packages"));
        var (code, stdout, stderr) = env.Run(tool, ["jupyter", "install", "--path", kernels], timeoutMs: 120_000);
        if (code != 0 || !File.Exists(Path.Combine(kernels, KernelName, "kernel.json")))
            throw new InvalidOperationException($"dotnet-interactive jupyter install failed ({code}): {stdout}\n{stderr}");
        return env;
    }

    /// <summary>Runs a program with this kernel reachable: the tool folder first on PATH (its
    /// kernel.json calls `dotnet interactive`), JUPYTER_PATH and the fresh packages folder set.</summary>
    public (int Code, string Stdout, string Stderr) Run(string file, IEnumerable<string> args, IReadOnlyDictionary<string, string>? extra = null, int timeoutMs = 600_000)
    {
        var environment = new Dictionary<string, string>
        {
            ["PATH"] = ToolFolder + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"),
            ["JUPYTER_PATH"] = JupyterPath,
            ["NUGET_PACKAGES"] = PackagesCache,
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            ["PYDEVD_DISABLE_FILE_VALIDATION"] = "1",
        };
        foreach (var (k, v) in extra ?? new Dictionary<string, string>()) environment[k] = v;
        return ProcessRunner.Run(file, args, environment, timeoutMs);
    }
}
