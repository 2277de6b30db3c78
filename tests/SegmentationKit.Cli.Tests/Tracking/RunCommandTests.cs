using System.Text.Json.Nodes;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Cli.Tests.Tracking;

/// <summary><c>segkit run</c>: examples/monthly-pack.yaml end to end from the repository root, and bad
/// pipeline files.</summary>
public class RunCommandTests
{
    [SkippableFact]
    public void The_monthly_pack_example_runs_from_the_repository_root_with_reports_in_English_and_French()
    {
        var outDir = Path.Combine(RepoPaths.NewTempFolder("segkit-pack"), "pack");
        var r = CliRunner.Run(RepoPaths.Root, "run", "examples/monthly-pack.yaml", "--out", outDir);
        r.ExitCode.Should().Be(0, r.ToString());

        foreach (var method in new[] { "rfm", "value-tiers" })
        {
            File.Exists(Path.Combine(outDir, method, "tracking.json")).Should().BeTrue();
            foreach (var d in new[] { "2025-12-31", "2026-03-31", "2026-06-30" })
                Directory.GetFiles(Path.Combine(outDir, method, d)).Select(Path.GetFileName).Should()
                    .BeEquivalentTo("assignments.csv", "segmentation.json", "model.json", "profile.json", "manifest.json");
        }
        var tracking = JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "value-tiers", "tracking.json")))!;
        tracking["frozen"]!.GetValue<bool>().Should().BeTrue();
        // Frozen ARR cut points on ARR without history: nobody present at both dates changes tier.
        tracking["transitions"]![1]!["counts"]!.AsObject().SelectMany(f => f.Value!.AsObject().Where(t => t.Key != f.Key)).Should().BeEmpty();

        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "manifest.json")))!;
        manifest["command"]!.GetValue<string>().Should().Be("run");
        manifest["inputs"]!.AsArray().Select(i => i!["file"]!.GetValue<string>()).Should()
            .BeEquivalentTo("customers.csv", "transactions.csv", "monthly-pack.yaml", "monthly-pack-brand.yaml");
        manifest["inputs"]![0]!["sha256"]!.GetValue<string>().Should().HaveLength(64);
        manifest["kit_version"]!.GetValue<string>().Should().Be(KitInfo.Version);
        var outputs = manifest["outputs"]!.AsArray().Select(o => o!.GetValue<string>()).ToList();
        outputs.Should().Contain(["reports/en-GB/overview.pdf", "reports/fr-FR/overview.pdf", "rfm/trends.json", "manifest.json"]);
        outputs.Where(o => o != "manifest.json").Should().OnlyContain(o => File.Exists(Path.Combine(outDir, o)));
        Directory.GetFiles(outDir, "*", SearchOption.AllDirectories).Should().HaveCount(outputs.Count, "the manifest lists every file");

        IntegrationTool.Require("pdftotext", "apt-get install poppler-utils");
        var en = PdfText.Of(Path.Combine(outDir, "reports", "en-GB", "overview.pdf"));
        en.Should().Contain("What moved since 31 March 2026 — rfm").And.Contain("What moved since 31 March 2026 — value-tiers")
            .And.Contain("63.0% of the 4,036 customers present at both dates stayed in their segment; 305 new customers came in and 183 churned");
        var fr = PdfText.Of(Path.Combine(outDir, "reports", "fr-FR", "overview.pdf"));
        fr.Should().Contain("Ce qui a bougé depuis le 31 mars 2026 — rfm").And.Contain("63,0 % des 4 036 clients présents aux deux dates");
    }

    [Theory]
    [InlineData("data: { customers: data-samples/customers.csv }\nsnapshots: { every: quarter, from: 2025-10-01, until: 2026-06-30 }\nmethods: [ { method: rfm } ]\n",
        "method rfm needs the transaction log")]
    [InlineData("data: { customers: data-samples/customers.csv }\nsnapshots: { every: fortnight, from: 2025-10-01, until: 2026-06-30 }\nmethods: [ { method: value } ]\n",
        "'fortnight' is not a snapshot frequency")]
    [InlineData("data: { customers: data-samples/customers.csv }\nsnapshots: { dates: [2026-03-31, 2025-12-31] }\nmethods: [ { method: value } ]\n",
        "not in order")]
    [InlineData("data: { customers: data-samples/customers.csv }\nsnapshots: { dates: [2025-12-31] }\nmethods: [ { method: valeu } ]\n",
        "'valeu' is not a segmentation method")]
    [InlineData("data: { customers: data-samples/customers.csv }\nsnapshots: { dates: [2025-12-31] }\nmethods: [ { method: value, colour: red } ]\n",
        "colour")]
    [InlineData("data: { customers: data-samples/customers.csv }\nsnapshots: { dates: [2025-12-31] }\nmethods: [ { method: value }, { method: value } ]\n",
        "two methods are named 'value'")]
    [InlineData("data: { customers: data-samples/customers.csv }\nsnapshots: { dates: [2025-12-31] }\nmethods: [ { method: value } ]\nreports: { cultures: [de-DE] }\n",
        "reports are written in English or French")]
    [InlineData("snapshots: { dates: [2025-12-31] }\nmethods: [ { method: value } ]\n", "the key 'data' is required")]
    public void A_bad_pipeline_is_a_clear_error_naming_the_file_and_nothing_is_written(string yaml, string message)
    {
        var dir = RepoPaths.NewTempFolder("segkit-pack-bad");
        var pipeline = Path.Combine(dir, "pack.yaml");
        File.WriteAllText(pipeline, yaml);
        var r = CliRunner.Run(RepoPaths.Root, "run", pipeline, "--out", Path.Combine(dir, "out"));
        r.ExitCode.Should().Be(2, r.ToString());
        r.Stderr.Should().Contain(message).And.Contain("Fix: ");
        if (!message.Contains("transaction log")) r.Stderr.Should().Contain("pack.yaml");
        Directory.Exists(Path.Combine(dir, "out")).Should().BeFalse();
    }
}
