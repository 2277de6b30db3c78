using SegmentationKit.Profiling;

namespace SegmentationKit.Tests.Profiling;

public class KitTermsTests
{
    [Theory]
    [InlineData("At Risk", "À risque")]
    [InlineData("Can't Lose Them", "À ne pas perdre")]
    [InlineData("No purchase in window", "Aucun achat sur la période")]
    [InlineData("Large", "Grands comptes")]
    [InlineData("High-touch · Sector expert", "High touch · Expert sectoriel")]
    public void The_kits_own_segment_names_read_in_French(string english, string french) =>
        KitTerms.SegmentName(english, french: true).Should().Be(french);

    [Fact]
    public void A_generated_cluster_name_is_translated_part_by_part_with_elision()
    {
        KitTerms.SegmentName("High weekly active users, low support tickets", true)
            .Should().Be("Plus d’utilisateurs actifs par semaine, moins de tickets de support");
        KitTerms.SegmentName("Low feature adoption", true).Should().Be("Moins d’adoption des fonctionnalités");
    }

    [Fact]
    public void A_crossed_name_translates_each_part_and_keeps_the_users_words()
    {
        KitTerms.SegmentName("Large · Retail", true).Should().Be("Grands comptes · Retail");
    }

    [Theory]
    [InlineData("Financial and public sector")]
    [InlineData("High churn risk, call now")]
    [InlineData("High unknowncolumn")]
    public void A_name_a_user_wrote_stays_as_written(string name)
    {
        KitTerms.SegmentName(name, true).Should().Be(name);
        KitTerms.SegmentName(name, false).Should().Be(name);
    }

    [Fact]
    public void English_names_are_never_changed() =>
        KitTerms.SegmentName("At Risk", false).Should().Be("At Risk");

    [Fact]
    public void Default_coverage_actions_are_translated_with_French_colon_spacing_and_others_kept()
    {
        KitTerms.Action("Expansion review: seats and modules", true).Should().Be("Revue d’expansion\u00A0: licences et modules");
        KitTerms.Action("Call the CFO", true).Should().Be("Call the CFO");
        KitTerms.Action("Webinars", false).Should().Be("Webinars");
    }

    [Fact]
    public void Coverage_terms_are_French_on_French_pages()
    {
        // No English "touch" on a French page: "contact intermédiaire".
        KitTerms.TouchLevel("Mid", true).Should().Be("intermédiaire");
        KitTerms.Coverage(new CoverageRecommendation("Low", "Product", "Growth", [], 0, 0), true).Should().Be("contact faible, CSM croissance, expertise produit");
        KitTerms.Expertise("Business", true).Should().Be("métier");
        KitTerms.CsmProfile("Growth", true).Should().Be("Croissance");
        KitTerms.CsmProfile("Senior expert", false).Should().Be("Senior expert");
    }

    [Theory]
    [InlineData("Gaussian mixture component 2 of 5", "composante 2 sur 5 du mélange gaussien")]
    [InlineData("Ward cluster 3 of 4", "groupe 3 sur 4 (Ward)")]
    [InlineData("no rule matched", "aucune règle ne s’applique")]
    [InlineData("industry in {Retail, Food}", "industry parmi {Retail, Food}")]
    [InlineData("R 4–5, F 1–3, M 1–5", "R 4–5, F 1–3, M 1–5")]
    [InlineData("1536 ≤ arr < 32964", "1536 ≤ arr < 32964")]
    public void Generated_definitions_read_in_French_and_formulas_stay(string english, string french)
    {
        KitTerms.Definition(english, true).Should().Be(french);
        KitTerms.Definition(english, false).Should().Be(english);
    }
}
