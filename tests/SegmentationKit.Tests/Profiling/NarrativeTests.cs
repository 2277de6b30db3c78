using SegmentationKit.Data;
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
        // The headline is the figures only, so it never contradicts the segment's own name.
        n.Headline.En.Should().Be("33% of customers, 0.7% of active ARR, churn 1.8× the base");
    }

    [Fact]
    public void French_text_uses_french_typography()
    {
        var fr = Sample.Segment("small").Narrative.Headline.Fr;
        // No-break space before % and before "fois", decimal comma.
        fr.Should().Be("33\u00A0% des clients, 0,7\u00A0% de l’ARR actif, attrition 1,8\u00A0fois celle de la base");
        var description = Sample.Base.Narrative.Description.Fr;
        description.Should().Contain("taux d’attrition de 42\u00A0%");
        description.Should().NotContain(" %").And.NotContain(" :");
        // Thousands: narrow no-break space in French, comma in English.
        // Active ARR: 267,000 over 7 active customers (mean 38.1 k; median of 1800 … 120000 is 14.4 k).
        Sample.Base.Narrative.Description.En.Should().Contain("active ARR of 267 k (mean 38.1 k, median 14.4 k per active customer)");
        Sample.Base.Narrative.Description.Fr.Should().Contain("ARR actif de 267\u00A0k (moyenne 38,1\u00A0k, médiane 14,4\u00A0k par client actif)");
    }

    [Fact]
    public void The_description_names_over_represented_categories_with_their_lift()
    {
        // 200 customers: segment A (100) is 80 % Retail, the rest 20 % — lift 80/50 = 1.6, z ≈ 8.5.
        var ids = Enumerable.Range(0, 200).Select(i => $"k{i:000}").ToArray();
        var industry = ids.Select((_, i) => (string?)(i < 100 ? (i % 5 == 0 ? "Food" : "Retail") : (i % 5 == 0 ? "Retail" : "Food"))).ToArray();
        var table = new CustomerTable("traits", ids, [CategoricalColumn.FromValues(CustomerColumns.Industry, industry)]);
        var seg = new Segmentation("test", new Dictionary<string, string>(), null,
            [new SegmentDefinition("a", "A", "", ""), new SegmentDefinition("b", "B", "", "")], ids, ids.Select((_, i) => i < 100 ? "a" : "b").ToArray());
        var a = new SegmentProfiler().Profile(seg, new SegmentationData(table)).Segment("a");

        a.OverRepresentedTraits().Select(t => (t.Category, t.IsSignificant)).Should().Equal(("Retail", true));
        a.Narrative.Description.En.Should().Contain("Over-represented: industry Retail (80%, 1.6× the base).");
        a.Narrative.Description.Fr.Should().Contain("Surreprésentés\u00A0: secteur Retail (80\u00A0%, 1,6\u00A0fois la base).");
    }

    [Fact]
    public void Traits_of_a_four_customer_segment_are_not_called_over_represented()
    {
        // Key: Banking-Insurance 3 of 4 against 0 of 8 (lift 3): p ≈ 0.005, above the Bonferroni cut
        // 0.01 / (2 segments × 10 categories) = 0.0005, so the description claims nothing.
        var key = Sample.Segment("key");
        key.Traits.Single(t => t.Category == "Banking-Insurance").Lift.Should().Be(3);
        key.Traits.Single(t => t.Category == "Banking-Insurance").PValue.Should().BeApproximately(0.0047, 0.0002);
        key.OverRepresentedTraits().Should().BeEmpty();
        key.Narrative.Description.En.Should().NotContain("Over-represented");
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
