namespace SegmentationKit.Cli.Tests;

/// <summary>The whole demo on the committed sample: several seconds of both cores, so it runs alone
/// (after the parallel tests) rather than starving time-sensitive tests such as the kernel's.</summary>
[Trait("Category", "Slow")]
[Collection(WholePipelineCollection.Name)]
public class DemoPipelineTests(DemoOutput demo) : IClassFixture<DemoOutput>
{
    [Fact]
    public void Demo_runs_four_methods_on_the_sample_and_writes_reports_in_English_and_French()
    {
        var output = demo.Folder;
        var r = demo.Result;

        r.ExitCode.Should().Be(0, r.ToString());
        Directory.GetDirectories(Path.Combine(output, "runs")).Select(Path.GetFileName).Should().Contain(["rules", "rfm", "value"])
            .And.HaveCount(4);
        File.Exists(Path.Combine(output, "comparison.json")).Should().BeTrue();
        foreach (var language in new[] { "en", "fr" })
        {
            File.Exists(Path.Combine(output, language, "overview.pdf")).Should().BeTrue();
            Directory.GetFiles(Path.Combine(output, language), "rfm-*.pdf").Should().NotBeEmpty();
        }
        // The same segment files in both languages: names come from the catalog, not the language.
        Directory.GetFiles(Path.Combine(output, "fr")).Select(Path.GetFileName)
            .Should().BeEquivalentTo(Directory.GetFiles(Path.Combine(output, "en")).Select(Path.GetFileName));
        r.Stdout.Should().Contain("Reports: " + output);
    }
}
