using SegmentationKit.TestSupport;

namespace SegmentationKit.Cli.Tests;

/// <summary>One run of <c>segkit demo</c> into a temporary folder, shared by the tests that read it.</summary>
public sealed class DemoOutput
{
    public DemoOutput()
    {
        Folder = Path.Combine(RepoPaths.NewTempFolder("segkit-demo-full"), "demo");
        Result = CliRunner.Run(RepoPaths.Root, "demo", "--out", Folder);
    }

    public string Folder { get; }
    public CliResult Result { get; }
}
