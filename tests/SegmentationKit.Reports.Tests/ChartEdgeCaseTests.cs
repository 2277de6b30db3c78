using System.Globalization;
using SegmentationKit.Errors;
using SegmentationKit.Profiling;
using SegmentationKit.Reports.Layout;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Reports.Tests;

/// <summary>Values at the edges of the charts: a lift within a hair of the 1.0 line beside a large
/// one (issue 18: "WidthAndHeightCannotBeNegative"), zero, huge and negative values; and branding
/// files a user can get wrong.</summary>
public class ChartEdgeCaseTests
{
    private static SegmentProfile WithTraits(params double[] lifts) =>
        SampleProfiles.Segment("food", "Food", 700, 500_000) with
        {
            Traits = lifts.Select((l, i) => new CategoryTrait($"column{i}", $"value{i}", 350, 0.5, 0.5 / l, l, 700, 1e-12, true)).ToList(),
        };

    private static SegmentReport Write(SegmentProfile segment)
    {
        var portfolio = SampleProfiles.Portfolio(segment);
        var report = new SegmentReport(portfolio, portfolio.Segments[0], new ReportOptions { Culture = CultureInfo.GetCultureInfo("en-GB") });
        using var stream = new MemoryStream();
        report.Write(stream);
        stream.Length.Should().BeGreaterThan(1000);
        return report;
    }

    /// <summary>The lift chart drawn on its own, with every lift given (a report lists only the
    /// over-represented ones, but the chart must hold any value).</summary>
    private static List<DrawnBox> LiftBars(params double[] lifts)
    {
        var (document, composer, _, _) = ReportDocument.Start(new ReportOptions(), "lifts", "", null);
        Charts.LiftBars(composer, lifts.Select((l, i) => ($"column{i}", l, l.ToString("0.00", CultureInfo.InvariantCulture) + "×", "")).ToList());
        var boxes = composer.Boxes.Where(b => b.What == "lift bar").ToList();
        composer.Finish();
        document.Dispose();
        return boxes;
    }

    [Theory]
    // One rule per industry: the segment's own industry has a lift of 1 / its base share (~14×),
    // the other traits sit on the 1.0 line, a hair below or above.
    [InlineData(14.2, 0.9999999)]
    [InlineData(14.2, 0.999)]
    [InlineData(14.2, 0.99)]
    [InlineData(14.2, 1.0)]
    [InlineData(14.2, 1.0000001)]
    [InlineData(60.0, 0.995, 0.97)]
    [InlineData(1.0000001, 0.9999999)]
    [InlineData(1e9, 1e-9)]
    [InlineData(0.0, 0.0)]
    public void A_lift_next_to_the_reference_line_draws_without_a_negative_box(params double[] lifts)
    {
        lifts.Should().NotBeEmpty();
        var bars = LiftBars(lifts);

        bars.Should().HaveCount(lifts.Count(l => l != 1.0), "every lift off the line draws a bar (one on the line has no length)");
        bars.Should().OnlyContain(b => b.Width > 0 && b.Height > 0 && b.IsInsideLimit);
    }

    [Fact]
    public void A_lift_exactly_on_the_line_has_an_empty_bar_and_the_others_keep_their_length()
    {
        var bars = LiftBars(14.2, 1.0, 0.5);

        bars.Should().HaveCount(2, "the bar of lift 1.0 has no length");
        bars[0].Width.Should().BeGreaterThan(bars[1].Width * 20, "14.2× is far longer from the line than 0.5×");
    }

    [Fact]
    public void A_report_draws_only_the_over_represented_lifts_even_beside_ones_on_the_line()
    {
        // One rule per industry, as issue 18 found it: the report lists the 14.2× trait only.
        var report = Write(WithTraits(14.2, 0.9999999, 1.0000001, 1.05));

        report.Boxes.Where(b => b.What == "lift bar").Should().ContainSingle();
    }

    [Fact]
    public void Box_turns_negative_and_nan_sizes_into_empty_boxes()
    {
        var box = Charts.Box(10, 20, -3, double.NaN);

        (box.X, box.Y, box.Width, box.Height).Should().Be((10, 20, 0, 0));
    }

    private static string Brand(string yaml, Action<string>? files = null)
    {
        var folder = RepoPaths.NewTempFolder("segkit-brand");
        files?.Invoke(folder);
        var path = Path.Combine(folder, "brand.yaml");
        File.WriteAllText(path, yaml);
        return path;
    }

    [Fact]
    public void A_logo_png_that_is_not_an_image_is_a_configuration_error_naming_the_key()
    {
        var path = Brand("company_name: Acme\nlogo: logo.png\n", f => File.WriteAllText(Path.Combine(f, "logo.png"), "<html>404 Not Found</html>"));

        var act = () => Branding.Load(path);

        var e = act.Should().Throw<ConfigurationException>().Which;
        e.KeyPath.Should().Be("logo");
        e.Message.Should().Contain("'logo.png' is not an image (its content is neither PNG nor JPEG)").And.Contain("Fix: export the logo again as PNG or JPEG");
    }

    [Fact]
    public void A_truncated_png_logo_is_a_configuration_error()
    {
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAADUlEQVR4nGP4zwAE/wEHAAH/4iOeWQAAAABJRU5ErkJggg==");
        var path = Brand("logo: logo.png\n", f => File.WriteAllBytes(Path.Combine(f, "logo.png"), png[..20]));

        var act = () => Branding.Load(path);

        act.Should().Throw<ConfigurationException>().Which.Message.Should().Contain("'logo.png' cannot be read as an image").And.Contain("Fix:");
    }

    [Theory]
    [InlineData("[company_name, logo]: Acme\n", "a key must be plain text, not a list")]
    [InlineData("? {a: 1}\n: Acme\n", "a key must be plain text, not a mapping")]
    [InlineData("- company_name\n- Acme\n", "the file must be a mapping of keys to values")]
    [InlineData("company_name: [Acme, Other]\n", "expected a single value")]
    [InlineData("company_name: \"Acme\n", "the YAML cannot be read")]
    public void A_malformed_branding_file_is_a_configuration_error_with_a_fix(string yaml, string problem)
    {
        var act = () => Branding.Load(Brand(yaml));

        act.Should().Throw<ConfigurationException>().Which.Message.Should().Contain(problem).And.Contain("Fix: ");
    }
}
