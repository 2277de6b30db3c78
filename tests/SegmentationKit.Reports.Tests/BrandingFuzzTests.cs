using CsCheck;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Reports.Tests;

/// <summary>Property-based fuzzing (CsCheck) of the branding YAML: key/value files like the documented
/// one, with lists, mappings, aliases and stray bytes; each loads or is a kit exception.</summary>
[Trait("Category", "Fuzz")]
public class BrandingFuzzTests
{
    private static readonly Gen<string> Key = Gen.OneOf("company_name", "logo", "accent_colour", "accent_color", "currency", "colour", "[a]", "{b: 1}", "&k x", "*k", "");
    private static readonly Gen<string> Value = Gen.OneOf(
        "Acme SaaS", "\"#1F4E79\"", "#12345", "\"#GGGGGG\"", "EUR", "$", "logo.png", "missing.jpg", "../logo.png", "[a, b]", "{x: 1}", "", "~", "*k", "&k v", "\"Servicés\"");

    [Fact]
    public void Branding_files_load_or_explain_every_input()
    {
        var folder = RepoPaths.NewTempFolder("segkit-brand-fuzz");
        // A real 2 × 1 PNG and a fake one beside the files, so logo paths sometimes resolve.
        File.WriteAllBytes(Path.Combine(folder, "logo.png"), Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAADUlEQVR4nGP4zwAE/wEHAAH/4iOeWQAAAABJRU5ErkJggg=="));
        File.WriteAllText(Path.Combine(folder, "missing.jpg"), "<html>");
        var text = Gen.Select(Key, Value).Array[0, 6].Select(lines => string.Concat(lines.Select(l => $"{l.Item1}: {l.Item2}\n")));
        Fuzz.Run(Fuzz.Mutated(text), bytes =>
        {
            var path = Path.Combine(folder, $"brand-{Environment.CurrentManagedThreadId}.yaml");
            File.WriteAllBytes(path, bytes);
            Fuzz.ExpectKitOutcome(() =>
            {
                var branding = Branding.Load(path);
                branding.AccentColour.Should().MatchRegex("^#[0-9A-F]{6}$");
                branding.CompanyName.Should().NotBeEmpty();
            }, () => Fuzz.Show(bytes));
        }, ciIterations: 2000, print: Fuzz.Show);
    }

    [Theory]
    [InlineData("company_name: Acme\n*k : 2\ncurrency: &k EUR\n")] // found by this fuzzer: stack overflow in YamlDotNet (alias key before its anchor)
    [InlineData("company_name: *k\n")]
    public void Branding_regressions(string yaml)
    {
        var path = Path.Combine(RepoPaths.NewTempFolder("segkit-brand-fuzz"), "brand.yaml");
        File.WriteAllText(path, yaml);

        var act = () => Branding.Load(path);

        act.Should().Throw<SegmentationKit.Errors.ConfigurationException>().Which.Message.Should().Contain("defined before it");
    }
}
