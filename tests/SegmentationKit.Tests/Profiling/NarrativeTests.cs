using SegmentationKit.Profiling;

namespace SegmentationKit.Tests.Profiling;

/// <summary>Generated names and descriptions on the 12-customer sample of <see cref="ProfileSamples"/>.</summary>
public class NarrativeTests
{
    private static readonly PortfolioProfile Sample = ProfileSamples.Portfolio();

    [Fact]
    public void The_small_segment_is_named_at_risk_from_its_churn_ratio_and_plan()
    {
        // Small: churn 1.8× the base (≥ 1.5 → at-risk), 100 % Access with lift 3 (plan named);
        // Services is 50 % with lift 3 (industry named: share ≥ 35 %, lift ≥ 1.5).
        var n = Sample.Segment("small").Narrative;
        n.Name.En.Should().Be("At-risk Access services customers");
        n.Name.Fr.Should().Be("Clients Access à risque des services");
        n.Headline.En.Should().Be("At-risk Access services customers — 33% of customers, 2.3% of ARR, churn 1.8× the base");
    }

    [Fact]
    public void French_text_uses_french_typography()
    {
        var fr = Sample.Segment("small").Narrative.Headline.Fr;
        // No-break space before % and before "fois", decimal comma.
        fr.Should().Be("Clients Access à risque des services — 33\u00A0% des clients, 2,3\u00A0% de l’ARR, attrition 1,8\u00A0fois celle de la base");
        var description = Sample.Base.Narrative.Description.Fr;
        description.Should().Contain("taux d’attrition de 42\u00A0%");
        description.Should().NotContain(" %").And.NotContain(" :");
        // Thousands: narrow no-break space in French, comma in English.
        Sample.Base.Narrative.Description.En.Should().Contain("ARR of 318 k (mean 28.9 k, median 12.0 k)");
        Sample.Base.Narrative.Description.Fr.Should().Contain("ARR de 318\u00A0k (moyenne 28,9\u00A0k, médiane 12,0\u00A0k)");
    }

    [Fact]
    public void The_description_names_over_represented_categories_with_their_lift()
    {
        var en = Sample.Segment("key").Narrative.Description.En;
        en.Should().Contain("Over-represented: industry Banking-Insurance (75%, 3.0× the base) and plan Premium (75%, 3.0× the base).");
        var fr = Sample.Segment("key").Narrative.Description.Fr;
        fr.Should().Contain("Surreprésentés\u00A0: secteur Banking-Insurance (75\u00A0%, 3,0\u00A0fois la base) et offre Premium (75\u00A0%, 3,0\u00A0fois la base).");
    }

    [Fact]
    public void An_empty_segment_and_a_segment_without_churn_are_said_so()
    {
        // "nochurn" holds c01–c03 (none churned); "empty" holds nobody.
        var plain = ProfileSamples.ValueSegmentation();
        var seg = new Segmentation("test", new Dictionary<string, string>(), ProfileSamples.AsOf,
            [new SegmentDefinition("nochurn", "No churn", "", ""), new SegmentDefinition("rest", "Rest", "", ""), new SegmentDefinition("empty", "Empty", "", "")],
            plain.CustomerIds, plain.CustomerIds.Select((_, i) => i < 3 ? "nochurn" : "rest").ToArray());
        var profile = new SegmentProfiler().Profile(seg, new SegmentationData(ProfileSamples.Customers(), null, ProfileSamples.AsOf));

        var empty = profile.Segment("empty");
        empty.Customers.Should().Be(0);
        empty.Narrative.Headline.En.Should().Be("Empty segment — no customers");
        empty.Narrative.Name.Fr.Should().Be("Segment vide");
        var noChurn = profile.Segment("nochurn").Narrative;
        noChurn.Headline.En.Should().EndWith(", no churn");
        noChurn.Headline.Fr.Should().EndWith(", aucune attrition");
        noChurn.Description.En.Should().Contain("They show no churn,");
        noChurn.Description.Fr.Should().Contain("Ils affichent un taux d’attrition nul,");
    }

    [Fact]
    public void French_numbers_group_thousands_with_a_narrow_no_break_space()
    {
        NarrativeText.Number(1999, 0, french: true).Should().Be("1\u202F999");
        NarrativeText.Number(1999, 0, french: false).Should().Be("1,999");
        NarrativeText.Percent(0.125, french: true).Should().Be("13\u00A0%");
        NarrativeText.Percent(0.023, french: true).Should().Be("2,3\u00A0%");
        NarrativeText.Amount(2_450_000, french: true).Should().Be("2,5\u00A0M");
        NarrativeText.Ratio(0.04, french: false).Should().Be("0.04×");
    }

    [Fact]
    public void Localised_text_picks_french_for_any_french_culture()
    {
        var t = new LocalisedText("Hello", "Bonjour");
        t.For("fr-FR").Should().Be("Bonjour");
        t.For("fr-CA").Should().Be("Bonjour");
        t.For("en-GB").Should().Be("Hello");
    }
}
