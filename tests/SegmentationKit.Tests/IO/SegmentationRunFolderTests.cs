using FluentAssertions;
using SegmentationKit.Errors;
using SegmentationKit.IO;
using SegmentationKit.Profiling;
using Xunit;

namespace SegmentationKit.Tests.IO;

/// <summary>A run folder keeps the model and catalog in segmentation.json and the per-customer rows
/// in assignments.csv; read back together they are the segmentation that was written, bit for bit.</summary>
public class SegmentationRunFolderTests
{
    /// <summary>A segmentation with spreadsheet-hostile ids, a NaN, a subnormal-edge value and a warning
    /// (also the Parquet tests' sample).</summary>
    internal static Segmentation Sample() => new("rfm",
        new Dictionary<string, string> { ["bins"] = "5" }, new DateOnly(2026, 6, 30),
        [new SegmentDefinition("champions", "Champions", "bought recently, often", "r ≥ 4"), new SegmentDefinition("lost", "=Lost", "gone", "r = 1")],
        ["c1", "=c2", "c 3, quoted"], ["champions", "lost", "champions"],
        new Dictionary<string, double[]>
        {
            ["monetary"] = [0.1 + 0.2, double.NaN, 1e-300],
            ["r_score"] = [5, 1, 4],
        },
        warnings: [new LocalisedText("a warning", "un avertissement")]);

    private static string Write(Segmentation segmentation)
    {
        var dir = Directory.CreateTempSubdirectory("segkit-runfolder-").FullName;
        AssignmentsCsv.Write(Path.Combine(dir, SegmentationRunFolder.AssignmentsFile), segmentation);
        File.WriteAllText(Path.Combine(dir, SegmentationRunFolder.SegmentationFile), segmentation.ToCatalogJson(SegmentationRunFolder.AssignmentsFile));
        return dir;
    }

    [Fact]
    public void Catalog_json_leaves_out_the_customers_and_reads_back_whole_with_the_assignments_file()
    {
        var original = Sample();
        var dir = Write(original);

        var json = File.ReadAllText(Path.Combine(dir, SegmentationRunFolder.SegmentationFile));
        json.Should().NotContain("\"assignments\"").And.NotContain("customer_measures").And.NotContain("c 3, quoted")
            .And.Contain("\"customer_count\": 3").And.Contain("\"assignments_file\": \"assignments.csv\"");
        var back = SegmentationRunFolder.Read(dir);
        back.ToJson().Should().Be(original.ToJson());
        back.CustomerMeasures["monetary"][0].Should().Be(0.1 + 0.2);
        double.IsNaN(back.CustomerMeasures["monetary"][1]).Should().BeTrue();
        back.CustomerIds[1].Should().Be("=c2");
    }

    [Fact]
    public void A_whole_segmentation_json_is_read_as_it_is()
    {
        var original = Sample();
        var dir = Directory.CreateTempSubdirectory("segkit-runfolder-").FullName;
        File.WriteAllText(Path.Combine(dir, SegmentationRunFolder.SegmentationFile), original.ToJson());

        SegmentationRunFolder.Read(dir).ToJson().Should().Be(original.ToJson());
    }

    [Fact]
    public void Reading_a_catalog_alone_as_a_whole_segmentation_says_where_the_assignments_are()
    {
        var act = () => Segmentation.FromJson(Sample().ToCatalogJson("assignments.csv"));

        act.Should().Throw<InvalidOperationException>().WithMessage("*assignments are in assignments.csv*SegmentationRunFolder.Read*");
    }

    [Fact]
    public void A_missing_or_short_assignments_file_is_a_data_error_naming_it()
    {
        var dir = Write(Sample());
        var assignments = Path.Combine(dir, SegmentationRunFolder.AssignmentsFile);
        var lines = File.ReadAllLines(assignments);
        File.WriteAllLines(assignments, lines[..^1]);

        var shortFile = () => SegmentationRunFolder.Read(dir);
        shortFile.Should().Throw<DataValidationException>().WithMessage("*assignments.csv*2 rows but segmentation.json counts 3 customers*");

        File.Delete(assignments);
        var missing = () => SegmentationRunFolder.Read(dir);
        missing.Should().Throw<DataValidationException>().WithMessage("*assignments.csv*not the assignments file it names*");
    }
}
