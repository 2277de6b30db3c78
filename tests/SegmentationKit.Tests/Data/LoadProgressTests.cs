using SegmentationKit.Data;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Tests.Data;

/// <summary>The loaders report their rows through the caller's <see cref="IProgress{T}"/>: a first
/// report at zero, and a last one whose total is the rows read.</summary>
public class LoadProgressTests
{
    /// <summary>Keeps every report, on the reporting thread (Progress&lt;T&gt; would post them elsewhere).</summary>
    private sealed class Recorder : IProgress<WorkProgress>
    {
        public List<WorkProgress> Reports { get; } = [];
        public void Report(WorkProgress value) => Reports.Add(value);
    }

    [Theory]
    [InlineData("customers.csv", 5000)]
    [InlineData("transactions.csv", 49852)]
    public void Loading_a_sample_file_reports_from_zero_to_its_row_count(string file, long rows)
    {
        var recorder = new Recorder();
        var path = RepoPaths.Combine("data-samples", file);

        if (file.StartsWith("customers")) CustomerFile.Load(path, progress: recorder);
        else TransactionFile.Load(path, progress: recorder);

        recorder.Reports.Should().NotBeEmpty();
        recorder.Reports.Should().AllSatisfy(r => (r.Step, r.Unit).Should().Be(($"loading {file}", "rows")));
        recorder.Reports[0].Done.Should().Be(0);
        recorder.Reports[^1].Should().Be(new WorkProgress($"loading {file}", rows, rows, "rows"));
        recorder.Reports.Select(r => r.Done).Should().BeInAscendingOrder();
    }

    [Fact]
    public void Loading_a_Parquet_file_reports_its_rows_with_the_total_from_its_footer()
    {
        var customers = CustomerFile.Load(RepoPaths.Combine("data-samples", "customers.csv"));
        var path = Path.Combine(RepoPaths.NewTempFolder("segkit-progress"), "customers.parquet");
        ParquetExport.WriteCustomers(path, customers);
        var recorder = new Recorder();

        CustomerFile.Load(path, progress: recorder);

        recorder.Reports[0].Should().Be(new WorkProgress("loading customers.parquet", 0, 5000, "rows"));
        recorder.Reports[^1].Should().Be(new WorkProgress("loading customers.parquet", 5000, 5000, "rows"));
    }
}
