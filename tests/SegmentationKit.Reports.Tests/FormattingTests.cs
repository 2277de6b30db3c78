using System.Globalization;
using SegmentationKit.Errors;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Reports.Tests;

public class FormattingTests
{
    private static readonly ReportFormat French = new(CultureInfo.GetCultureInfo("fr-FR"), "€");
    private static readonly ReportFormat English = new(CultureInfo.GetCultureInfo("en-GB"), "€");

    [Fact]
    public void French_amounts_shares_and_dates_follow_the_culture()
    {
        ((int)French.Money(1_234_567)[9]).Should().Be(0xA0, "the amount and its symbol never split across lines");
        French.Money(1_234_567).Should().Be("1\u00A0234\u00A0567\u00A0€");
        French.Percent(0.125).Should().Be("12,5\u00A0%");
        French.Date(new DateOnly(2026, 11, 22)).Should().Be("22 novembre 2026");
        French.MoneyShort(1_234_567).Should().Be("1,2\u00A0M\u00A0€");
    }

    [Fact]
    public void English_amounts_shares_and_dates_follow_the_culture()
    {
        English.Money(1_234_567).Should().Be("€1,234,567");
        English.Percent(0.125).Should().Be("12.5%");
        English.Date(new DateOnly(2026, 11, 22)).Should().Be("22 November 2026");
        English.MoneyShort(1_234_567).Should().Be("€1.2M");
        English.Ratio(1.25).Should().Be("1.25×");
    }

    [Fact]
    public void Every_report_string_exists_in_English_and_French()
    {
        var en = new ReportStrings(CultureInfo.GetCultureInfo("en-GB"));
        var fr = new ReportStrings(CultureInfo.GetCultureInfo("fr-FR"));
        foreach (var key in ReportStrings.Keys)
        {
            en[key].Should().NotBeNullOrWhiteSpace(key);
            fr[key].Should().NotBeNullOrWhiteSpace(key);
        }
        fr["who_they_are"].Should().Be("Qui sont-ils");
    }

    [Theory]
    [InlineData(3, "Clients à forte valeur / EMEA", "03-clients-a-forte-valeur-emea")]
    [InlineData(1, "CON", "01-con")]
    [InlineData(12, "../../etc/passwd", "12-etc-passwd")]
    [InlineData(7, "???", "07-segment")]
    public void File_names_are_safe_on_every_OS(int position, string name, string expected) =>
        SafeFileName.For(position, name).Should().Be(expected);

    [Fact]
    public void A_very_long_name_gives_a_file_name_of_at_most_63_characters() =>
        SafeFileName.For(1, new string('a', 200)).Length.Should().Be(63);

    [Fact]
    public void Branding_reads_name_colour_and_currency_and_defaults_the_rest()
    {
        var folder = RepoPaths.NewTempFolder();
        var file = Path.Combine(folder, "brand.yaml");
        File.WriteAllText(file, "company_name: Acme SaaS\naccent_colour: \"#0b6e4f\"\ncurrency: USD\n");
        var b = Branding.Load(file);
        b.CompanyName.Should().Be("Acme SaaS");
        b.AccentColour.Should().Be("#0B6E4F");
        b.CurrencySymbol.Should().Be("$");
        b.LogoPath.Should().BeNull();
    }

    [Fact]
    public void Branding_with_a_bad_colour_names_the_key()
    {
        var file = Path.Combine(RepoPaths.NewTempFolder(), "brand.yaml");
        File.WriteAllText(file, "accent_colour: blue\n");
        var act = () => Branding.Load(file);
        act.Should().Throw<ConfigurationException>().Which.Message.Should().Contain("accent_colour").And.Contain("#RRGGBB");
    }

    [Fact]
    public void Branding_with_a_missing_logo_names_the_file()
    {
        var file = Path.Combine(RepoPaths.NewTempFolder(), "brand.yaml");
        File.WriteAllText(file, "logo: nowhere.png\n");
        var act = () => Branding.Load(file);
        act.Should().Throw<ConfigurationException>().Which.Message.Should().Contain("nowhere.png");
    }
}
