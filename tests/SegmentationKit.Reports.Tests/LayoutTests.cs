using System.Globalization;
using SegmentationKit.Reports.Layout;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Reports.Tests;

public class LayoutTests
{
    // A fixed-width "font": every character is 1 unit wide, so the expected lines can be worked by hand.
    private static double Width(string s) => s.Length;

    [Fact]
    public void Wrapping_breaks_between_words_when_they_fit() =>
        TextWrap.Lines("who they are and how", 10, Width).Should().Equal("who they", "are and", "how");

    [Fact]
    public void A_word_longer_than_the_line_is_cut_with_a_hyphen() =>
        TextWrap.Lines("abcdefghijklmnop", 6, Width).Should().Equal("abcde-", "fghij-", "klmnop");

    [Fact]
    public void A_long_word_is_cut_after_its_own_hyphen_when_there_is_one() =>
        TextWrap.Lines("value-weighted", 10, Width).Should().Equal("value-", "weighted");

    [Fact]
    public void Ellipsis_keeps_the_longest_prefix_that_fits() =>
        TextWrap.Ellipsis("Champions of the north", 10, Width).Should().Be("Champions…");

    [SkippableFact]
    public void A_PNG_logo_from_the_branding_is_drawn_in_the_header_of_every_page()
    {
        var folder = RepoPaths.NewTempFolder();
        // A 2 × 1 pixel PNG (red, blue), written byte by byte so no image file is committed.
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAADUlEQVR4nGP4zwAE/wEHAAH/4iOeWQAAAABJRU5ErkJggg==");
        File.WriteAllBytes(Path.Combine(folder, "logo.png"), png);
        File.WriteAllText(Path.Combine(folder, "brand.yaml"), "company_name: Acme SaaS\nlogo: logo.png\n");
        var options = new ReportOptions { Branding = Branding.Load(Path.Combine(folder, "brand.yaml")), Culture = CultureInfo.GetCultureInfo("en-GB") };
        var portfolio = SampleProfiles.OneSegment();
        var report = new SegmentReport(portfolio, portfolio.Segments[0], options);
        var path = Path.Combine(folder, "report.pdf");
        using (var stream = File.Create(path)) report.Write(stream);

        report.Boxes.Where(b => b.What == "logo").Select(b => b.Page).Should().Equal(Enumerable.Range(0, report.PageCount));
        // The logo is 2:1, drawn 24 pt high at most: 48 × 24 pt.
        report.Boxes.First(b => b.What == "logo").Width.Should().BeApproximately(48, 1e-9);
        PdfText.Of(path).Should().Contain("Acme SaaS").And.Contain("Confidential — Acme SaaS internal use only");
    }
}
