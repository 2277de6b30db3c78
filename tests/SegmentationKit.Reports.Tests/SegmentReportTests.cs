using System.Globalization;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Reports.Tests;

public class SegmentReportTests
{
    private static readonly DateTime Fixed = new(2026, 7, 1, 9, 0, 0);

    private static (string Path, SegmentReport Report) Write(SegmentationKit.Profiling.PortfolioProfile portfolio, string culture, int segment = 0)
    {
        var folder = RepoPaths.NewTempFolder();
        var path = Path.Combine(folder, "segment.pdf");
        var report = new SegmentReport(portfolio, portfolio.Segments[segment],
            new ReportOptions { Culture = CultureInfo.GetCultureInfo(culture), CreationDate = Fixed });
        using (var stream = File.Create(path)) report.Write(stream);
        return (path, report);
    }

    [SkippableFact]
    public void English_segment_report_prints_the_name_and_the_KPIs_formatted_for_the_culture()
    {
        var (path, report) = Write(SampleProfiles.OneSegment(), "en-GB");
        var text = PdfText.Of(path);
        text.Should().Contain("Large accounts").And.Contain("High-value software customers");
        text.Should().Contain("1,250").And.Contain("12.5% of the base");          // customers and share
        text.Should().Contain("€1.2M").And.Contain("12.5% of all active ARR");    // active ARR 1,234,567 of 9,876,536
        text.Should().Contain("12.5%").And.Contain("1.25× the base rate");        // churn 12.5 % vs 10 %
        text.Should().Contain("As of 30 June 2026");
        text.Should().Contain("Who they are").And.Contain("industry: Software").And.Contain("2.50×");
        text.Should().Contain("Quarterly business review");
        PdfText.Pages(path).Should().BeInRange(1, 2).And.Be(report.PageCount);
        text.Should().Contain($"Page 1 of {report.PageCount}");
    }

    [SkippableFact]
    public void French_segment_report_writes_numbers_percentages_and_dates_the_French_way()
    {
        var (path, report) = Write(SampleProfiles.OneSegment(), "fr-FR");
        var text = PdfText.Of(path);
        text.Should().Contain("Large accounts").And.Contain("Clients logiciels à forte valeur");
        text.Should().Contain("1 250").And.Contain("12,5 % de la base");
        text.Should().Contain("1,2 M €").And.Contain("12,5 % de l’ARR actif total");
        text.Should().Contain("1,25× le taux de la base");
        text.Should().Contain("Au 30 juin 2026").And.Contain("Qui sont-ils").And.Contain("Que faire");
        text.Should().Contain("Méthode : value").And.Contain("secteur : Software", "a column the kit knows is named in French; the data value stays as written");
        text.Should().Contain($"Page 1 sur {report.PageCount}");
        text.Should().NotContain("Who they are").And.NotContain("Hand-made profile", "profile notes are written in both languages");
        text.Should().Contain("Profil fait à la main pour les tests.");
    }

    [SkippableFact]
    public void French_report_translates_the_kits_own_names_columns_and_coverage_and_keeps_the_users_words()
    {
        // An RFM segment name, a generated column label and the default coverage table's actions are
        // the kit's words; "Software" and a user's own action are data.
        var segment = SampleProfiles.Segment("at_risk", "At Risk", 1_250, 1_234_567) with
        {
            Coverage = new SegmentationKit.Profiling.CoverageRecommendation("High", "Technical", "Senior expert",
                ["Named account team", "Architecture and integration reviews", "Call the CFO"], 1_250, 1),
        };
        var portfolio = SampleProfiles.Portfolio(segment);

        var french = PdfText.Of(Write(portfolio, "fr-FR").Path);
        french.Should().Contain("À risque").And.Contain("secteur : Software").And.Contain("connexions par semaine")
            .And.Contain("Équipe de compte dédiée").And.Contain("Revues d’architecture et d’intégration").And.Contain("Call the CFO")
            .And.Contain("Contact élevé").And.Contain("Expertise technique").And.Contain("Profil CSM Expert senior");
        foreach (var word in new[] { "At Risk", "logins per week", "Named account team", "Architecture and integration", "Technical", "industry", "touch", "Touch" })
            french.Should().NotContain(word);

        var english = PdfText.Of(Write(portfolio, "en-GB").Path);
        english.Should().Contain("At Risk").And.Contain("logins per week").And.Contain("Named account team").And.Contain("Touch High");
    }

    [Fact]
    public void The_same_report_with_the_same_creation_date_is_the_same_bytes()
    {
        var portfolio = SampleProfiles.OneSegment();
        var first = File.ReadAllBytes(Write(portfolio, "fr-FR").Path);
        var second = File.ReadAllBytes(Write(portfolio, "fr-FR").Path);

        second.Should().Equal(first, "document IDs, XMP uuids and font subset tags are derived, not random");
        var text = System.Text.Encoding.Latin1.GetString(first);
        text.Should().Contain("/FontName/SKAAAA+").And.NotContainAny("uuid:00000000");
        System.Text.RegularExpressions.Regex.Matches(text, @"/ID\[<([0-9A-F]{32})><\1>\]").Should().ContainSingle();
    }

    [SkippableFact]
    public void A_200_character_name_wraps_inside_the_page_and_every_box_stays_inside_its_limit()
    {
        var name = string.Concat(Enumerable.Repeat("Extraordinarily-long-segment-name ", 6))[..200];
        var portfolio = SampleProfiles.Portfolio(SampleProfiles.Segment("long", name, 1_250, 1_234_567));
        var (path, report) = Write(portfolio, "fr-FR");
        report.Boxes.Where(b => !b.IsInsideLimit).Should().BeEmpty();
        report.Boxes.Should().OnlyContain(b => b.X >= 0 && b.Y >= 0 && b.X + b.Width <= 595.3 && b.Y + b.Height <= 842);
        PdfText.Pages(path).Should().BeInRange(1, 2);
        WordsInsideMargins(path);
        // The name's start is printed in the title (the end may be cut with an ellipsis, never past the edge).
        PdfText.Of(path).Should().Contain("Extraordinarily-");
    }

    [SkippableFact]
    public void The_PDF_carries_title_author_and_the_fixed_creation_date()
    {
        var (path, _) = Write(SampleProfiles.OneSegment(), "en-GB");
        var info = PdfText.Info(path);
        info.Should().Contain("Title:").And.Contain("Large accounts");
        info.Should().Contain("Author:").And.Contain("SegmentationKit");
        info.Should().Contain("2026-07-01T09:00:00");
    }

    [SkippableFact]
    public void The_PDF_is_produced_by_PDFsharp_6_2_4_the_last_MIT_release()
    {
        var (path, _) = Write(SampleProfiles.OneSegment(), "en-GB");
        var producer = PdfText.Info(path).Split('\n').Single(l => l.StartsWith("Producer:", StringComparison.Ordinal));
        // Releases after 6.2.4 are not MIT-licensed; Directory.Packages.props pins this one.
        producer["Producer:".Length..].Trim().Should().Be("PDFsharp 6.2.4");
    }

    [Fact]
    public void The_same_profile_and_creation_date_give_the_same_text_layout_twice()
    {
        var (a, ra) = Write(SampleProfiles.OneSegment(), "en-GB");
        var (b, rb) = Write(SampleProfiles.OneSegment(), "en-GB");
        rb.Boxes.Should().BeEquivalentTo(ra.Boxes, o => o.WithStrictOrdering());
        new FileInfo(b).Length.Should().Be(new FileInfo(a).Length);
    }

    /// <summary>Every word pdftotext finds lies inside the page, clear of its edges (20 pt).</summary>
    internal static void WordsInsideMargins(string pdf)
    {
        var words = PdfText.Words(pdf);
        words.Should().NotBeEmpty();
        words.Where(w => w.XMin < 20 || w.YMin < 20 || w.XMax > w.PageWidth - 20 || w.YMax > w.PageHeight - 20)
            .Select(w => w.Word).Should().BeEmpty();
    }

    [SkippableFact]
    public void An_empty_segment_renders_on_one_page_and_says_it_has_no_customers()
    {
        var empty = SampleProfiles.Segment("other", "Other", 1, 0) with
        {
            Customers = 0, ShareOfCustomers = 0, Traits = [], NumericDifferences = [], Coverage = null,
            Value = new SegmentationKit.Profiling.ValueKpis(null, null, null, null, false, null, null, null),
            Health = new SegmentationKit.Profiling.HealthKpis(null, null, null, null, null, null, null, null),
            TenureMonths = null,
        };
        var (path, report) = Write(SampleProfiles.Portfolio(empty), "en-GB");
        var text = PdfText.Of(path);
        text.Should().Contain("no customers in the segment").And.Contain("0.0% of the base").And.NotContain("NaN");
        report.PageCount.Should().Be(1);
        report.Boxes.Where(b => !b.IsInsideLimit).Should().BeEmpty();
    }
}
