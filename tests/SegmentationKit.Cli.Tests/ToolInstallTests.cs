using SegmentationKit.TestSupport;

namespace SegmentationKit.Cli.Tests;

/// <summary><c>dotnet tool install --add-source artifacts/packages SegmentationKit.Cli</c> gives a
/// <c>segkit</c> whose demo runs from any folder, on the sample data its package carries.</summary>
[Trait("Category", "Slow")]
public class ToolInstallTests
{
    [SkippableFact]
    public void The_installed_tool_runs_the_demo_from_an_empty_folder()
    {
        var packages = RepoPaths.Combine("artifacts", "packages");
        if (!File.Exists(Path.Combine(packages, "SegmentationKit.Cli.0.1.0.nupkg")))
            IntegrationTool.Require(Path.Combine(packages, "SegmentationKit.Cli.0.1.0.nupkg"), "dotnet pack -c Release -o artifacts/packages, from the repository root");
        var root = RepoPaths.NewTempFolder("segkit-tool");
        var tools = Path.Combine(root, "tools");
        var work = Directory.CreateDirectory(Path.Combine(root, "work")).FullName;
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

        // A packages folder of its own, so the tool is the one just packed, not a cached 0.1.0.
        var install = IntegrationTool.Run("/usr/bin/env",
            [$"NUGET_PACKAGES={Path.Combine(root, "nuget")}", dotnet, "tool", "install", "--tool-path", tools, "--add-source", packages, "SegmentationKit.Cli", "--version", "0.1.0"],
            root, timeoutMs: 300_000);
        install.ExitCode.Should().Be(0, install.Stdout + install.Stderr);

        var (exit, stdout, stderr) = IntegrationTool.Run(Path.Combine(tools, "segkit"), ["demo"], work, timeoutMs: 300_000);
        exit.Should().Be(0, stdout + stderr);
        stdout.Should().Contain("5,000 customers").And.Contain("49,852 transactions");
        Directory.GetFiles(Path.Combine(work, "reports", "demo", "en"), "*.pdf").Should().Contain(p => Path.GetFileName(p) == "overview.pdf");
        Directory.GetFiles(Path.Combine(work, "reports", "demo", "fr"), "*.pdf").Should().HaveSameCount(Directory.GetFiles(Path.Combine(work, "reports", "demo", "en"), "*.pdf"));
    }
}
