using System.Globalization;
using PdfSharp.Pdf.IO;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Reports.Tests;

public class PdfStructureTests
{
    private static string WriteEnglish()
    {
        var portfolio = SampleProfiles.OneSegment();
        var path = Path.Combine(RepoPaths.NewTempFolder(), "segment.pdf");
        using var stream = File.Create(path);
        new SegmentReport(portfolio, portfolio.Segments[0], new ReportOptions { Culture = CultureInfo.GetCultureInfo("en-GB") }).Write(stream);
        return path;
    }

    [Fact]
    public void The_segment_report_has_a_bookmark_per_section_under_the_segment_name()
    {
        var path = WriteEnglish();
        using var document = PdfReader.Open(path, PdfDocumentOpenMode.Import);
        document.Outlines.Should().ContainSingle().Which.Title.Should().Be("Large accounts");
        document.Outlines[0].Outlines.Select(o => o.Title).Should().Equal("Who they are", "How they behave", "What to do", "Method and data");
    }

    [SkippableFact]
    public void Only_the_package_Segoe_WP_fonts_are_used_and_all_are_embedded_as_subsets()
    {
        var path = WriteEnglish();
        var tool = IntegrationTool.Require("pdffonts", "apt-get install poppler-utils");
        var (code, stdout, stderr) = IntegrationTool.Run(tool, [path]);
        code.Should().Be(0, stderr);
        var fonts = stdout.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        fonts.Should().NotBeEmpty();
        // Subset names look like ABCDEF+Segoe WP; the emb and sub columns say yes.
        fonts.Should().OnlyContain(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^[A-Z]{6}\+Segoe WP") && l.Contains(" yes yes "));
    }
}
