using System.Globalization;
using SegmentationKit.Profiling;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Reports.Tests;

public class OverviewReportTests
{
    private static (string Path, OverviewReport Report) Write(IReadOnlyList<ReportRun> runs, string culture)
    {
        var path = Path.Combine(RepoPaths.NewTempFolder(), "overview.pdf");
        var report = new OverviewReport(runs, null, new ReportOptions { Culture = CultureInfo.GetCultureInfo(culture) });
        using (var stream = File.Create(path)) report.Write(stream);
        return (path, report);
    }

    [SkippableFact]
    public void French_overview_prints_the_segment_table_with_French_amounts()
    {
        var (path, _) = Write([new ReportRun("valeur", SampleProfiles.OneSegment())], "fr-FR");
        var text = PdfText.Of(path);
        text.Should().Contain("Vue d’ensemble du portefeuille").And.Contain("Large accounts");
        text.Should().Contain("1 234 567 €").And.Contain("12,5 %").And.Contain("9 876 536 €");
        text.Should().Contain("Taille et valeur");
    }

    [SkippableFact]
    public void Sixty_segments_flow_over_pages_with_the_header_repeated_and_nothing_overflowing()
    {
        var segments = Enumerable.Range(1, 60)
            .Select(i => SampleProfiles.Segment($"s{i}", $"Segment {i:00} " + new string('x', i % 7 == 0 ? 120 : 10), 100 + i, 10_000 * i)).ToArray();
        var (path, report) = Write([new ReportRun("many", SampleProfiles.Portfolio(segments))], "en-GB");
        report.Boxes.Where(b => !b.IsInsideLimit).Should().BeEmpty();
        var pages = PdfText.Pages(path);
        pages.Should().BeGreaterThan(1).And.Be(report.PageCount);
        var text = PdfText.Of(path);
        text.Should().Contain("Segment 01").And.Contain("Segment 60").And.Contain($"Page {pages} of {pages}");
        // The table's header row ("Mean CLV") is repeated on each page the table runs onto.
        CountOf(text, "Mean CLV").Should().BeGreaterThan(1);
        SegmentReportTests.WordsInsideMargins(path);
    }

    [Fact]
    public void The_snake_plot_draws_one_point_per_segment_and_feature_inside_the_plot()
    {
        SegmentProfile WithThird(SegmentProfile s, double z) => s with
        {
            NumericDifferences = [.. s.NumericDifferences, new NumericDifference("seats", 10, 8, 2, z, 0.001, true, s.Customers, 10_000)],
        };
        var segments = new[] { WithThird(SampleProfiles.Segment("a", "A", 100, 1000), 3.5), WithThird(SampleProfiles.Segment("b", "B", 200, 2000), -0.5),
            WithThird(SampleProfiles.Segment("c", "C", 300, 3000), 0) };
        var (_, report) = Write([new ReportRun("three", SampleProfiles.Portfolio(segments))], "en-GB");

        // 3 segments × 3 features (seats, logins per week, support tickets); seats at +3.5 σ sets a ±4 σ scale.
        report.Boxes.Count(b => b.What == "snake point").Should().Be(9);
        report.Boxes.Where(b => !b.IsInsideLimit).Should().BeEmpty();
    }

    private static int CountOf(string text, string word) => (text.Length - text.Replace(word, "").Length) / word.Length;
}
