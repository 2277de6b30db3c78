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

    private static int CountOf(string text, string word) => (text.Length - text.Replace(word, "").Length) / word.Length;
}
