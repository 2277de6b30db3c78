using FluentAssertions;
using SegmentationKit.IO;
using SegmentationKit.Profiling;
using Xunit;

namespace SegmentationKit.Tests.IO;

/// <summary>assignments.parquet holds the values of assignments.csv, typed; a run folder reads either.</summary>
public class AssignmentsParquetTests
{
    private static Segmentation Sample() => SegmentationRunFolderTests.Sample();

    [Fact]
    public void A_run_folder_with_only_the_Parquet_assignments_reads_back_bit_for_bit()
    {
        var original = Sample();
        var dir = Directory.CreateTempSubdirectory("segkit-runfolder-").FullName;
        AssignmentsParquet.Write(Path.Combine(dir, AssignmentsParquet.FileName), original);
        File.WriteAllText(Path.Combine(dir, SegmentationRunFolder.SegmentationFile), original.ToCatalogJson(SegmentationRunFolder.AssignmentsFile));

        var back = SegmentationRunFolder.Read(dir);

        back.ToJson().Should().Be(original.ToJson());
        back.CustomerIds.Should().Equal("c1", "=c2", "c 3, quoted");
        back.CustomerMeasures["monetary"][0].Should().Be(0.1 + 0.2);
        double.IsNaN(back.CustomerMeasures["monetary"][1]).Should().BeTrue();
        back.CustomerMeasures["monetary"][2].Should().Be(1e-300);
    }

    [Fact]
    public void A_catalog_naming_the_Parquet_file_reads_it_and_a_row_count_mismatch_is_an_error()
    {
        var original = Sample();
        var dir = Directory.CreateTempSubdirectory("segkit-runfolder-").FullName;
        AssignmentsParquet.Write(Path.Combine(dir, AssignmentsParquet.FileName), original);
        File.WriteAllText(Path.Combine(dir, SegmentationRunFolder.SegmentationFile), original.ToCatalogJson(AssignmentsParquet.FileName));
        SegmentationRunFolder.Read(dir).ToJson().Should().Be(original.ToJson());

        var two = new Segmentation("rfm", new Dictionary<string, string>(), null, [new SegmentDefinition("a", "A", "", "")], ["x", "y"], ["a", "a"]);
        AssignmentsParquet.Write(Path.Combine(dir, AssignmentsParquet.FileName), two);
        var read = () => SegmentationRunFolder.Read(dir);
        read.Should().Throw<SegmentationKit.Errors.DataValidationException>()
            .WithMessage("*assignments.parquet: the file has 2 rows but segmentation.json counts 3 customers. Fix: keep the assignments file*");
    }
}
