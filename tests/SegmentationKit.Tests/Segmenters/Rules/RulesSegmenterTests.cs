using SegmentationKit.Data;
using SegmentationKit.Errors;
using SegmentationKit.Segmenters.Rules;

namespace SegmentationKit.Tests.Segmenters.Rules;

public class RulesSegmenterTests
{
    private static SegmentationData Customers()
    {
        string[] ids = ["r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8"];
        return new SegmentationData(new CustomerTable("customers.csv", ids,
        [
            CategoricalColumn.FromValues(CustomerColumns.Industry, ["Retail", "Food", "Banking-Insurance", "Banking-Insurance", "Media", "Services", null, "Public"]),
            new NumericColumn(CustomerColumns.Employees, [10, 300, 1500, 200, 60, double.NaN, 5, double.NaN]),
            new DateColumn(CustomerColumns.SignupDate, [new(2024, 3, 1), new(2023, 6, 1), new(2022, 1, 1), new(2024, 7, 1), new(2024, 2, 10), null, new(2021, 1, 1), null]),
        ]), AsOf: new DateOnly(2024, 12, 31));
    }

    private const string Yaml = """
        name: firmographic
        rules:
          - name: Large banks
            when:
              all:
                - industry: Banking-Insurance
                - employees: { min: 1000 }
          - name: Retail and Food
            when: { industry: [Retail, Food] }
          - name: New in 2024
            description: Signed in 2024, outside retail
            when:
              signup_date: { from: 2024-01-01, to: 2024-12-31 }
              not: { industry: Retail }
          - name: Media or services
            when:
              any:
                - industry: Media
                - industry: Services
        bands:
          column: employees
          exhaustive: true
          segments:
            - { name: "1-49", min: 1, below: 50 }
            - { name: "50-249", min: 50, below: 250 }
            - { name: "250-999", min: 250, below: 1000 }
            - { name: "1000+", min: 1000 }
        fallback: { id: other, name: Other }
        """;

    // r1 Retail → rule 2; r3 bank of 1500 → rule 1; r4 bank signed 2024 → rule 3;
    // r5 Media signed 2024 → rule 3 (first match wins over rule 4); r6 Services → rule 4;
    // r7 (industry unknown, 5 employees, 2021) → band 1-49; r8 (Public, no employees) → fallback.
    private static readonly string[] Expected =
        ["retail_and_food", "retail_and_food", "large_banks", "new_in_2024", "new_in_2024", "media_or_services", "employees_1_49", "other"];

    private static Segmentation Run(RuleSet rules) => new RulesSegmenter(rules).Fit(Customers()).Assign(Customers());

    [Fact]
    public void Rules_from_yaml_assign_the_first_matching_rule_and_the_fallback()
    {
        var seg = Run(RuleSetYaml.Parse(Yaml, "seg.yaml"));

        seg.SegmentIds.Should().Equal(Expected);
        seg.Segments.Select(s => s.Id).Should().Equal("large_banks", "retail_and_food", "new_in_2024", "media_or_services",
            "employees_1_49", "employees_50_249", "employees_250_999", "employees_1000", "other");
        seg.Segment("new_in_2024").Definition.Should().Be("signup_date from 2024-01-01 to 2024-12-31 and not (industry = Retail)");
        seg.Segment("large_banks").Definition.Should().Be("industry = Banking-Insurance and 1000 ≤ employees");
    }

    [Fact]
    public void Rules_built_fluently_assign_like_the_yaml()
    {
        var rules = new RuleSetBuilder("firmographic")
            .Segment("Large banks", When.All(When.Column("industry").Is("Banking-Insurance"), When.Column("employees").AtLeast(1000)))
            .Segment("Retail and Food", When.Column("industry").In("Retail", "Food"))
            .Segment("New in 2024", When.Column("signup_date").Dated(new(2024, 1, 1), new(2024, 12, 31)).And(When.Not(When.Column("industry").Is("Retail"))))
            .Segment("Media or services", When.Column("industry").Is("Media").Or(When.Column("industry").Is("Services")))
            .Bands("employees", exhaustive: true, b => b.Band("1-49", 1, 50).Band("50-249", 50, 250).Band("250-999", 250, 1000).Band("1000+", 1000, null))
            .Fallback("Other")
            .Build();

        Run(rules).SegmentIds.Should().Equal(Expected);
    }

    [Fact]
    public void Rules_not_is_true_for_a_missing_value()
    {
        var rules = new RuleSetBuilder("t").Segment("Not retail", When.Not(When.Column("industry").Is("Retail"))).Fallback("Retail").Build();
        Run(rules).SegmentIds[6].Should().Be("not_retail"); // r7 has no industry
    }

    [Fact]
    public void Rules_reassign_the_training_customers_identically_and_round_trip()
    {
        var model = new RulesSegmenter(RuleSetYaml.Parse(Yaml)).Fit(Customers());
        var first = model.Assign(Customers());
        Segmentation.FromJson(first.ToJson()).ToJson().Should().Be(first.ToJson());
        first.SegmentIds.Should().Equal(Expected);
        // New customers (here r8, r1, r4 on their own) get what the training run gave them.
        var some = Customers() with { Customers = Customers().Customers.Select([7, 0, 3]) };
        model.Assign(some).SegmentIds.Should().Equal("other", "retail_and_food", "new_in_2024");
    }

    [Fact]
    public void Rules_model_saved_as_yaml_reads_back_to_the_same_assignments_and_catalog()
    {
        var model = new RulesSegmenter(RuleSetYaml.Parse(Yaml)).Fit(Customers());
        var back = RulesModel.FromYaml(model.ToYaml());

        back.Assign(Customers()).ToJson().Should().Be(model.Assign(Customers()).ToJson());
        back.Rules.Catalog().Should().Equal(model.Rules.Catalog());
        back.ToYaml().Should().Be(model.ToYaml());
    }

    [Fact]
    public void Rules_report_an_unknown_column_with_file_and_key_path()
    {
        var rules = RuleSetYaml.Parse("""
            rules:
              - name: A
                when: { industy: Retail }
            fallback: Other
            """, "seg.yaml");
        var act = () => new RulesSegmenter(rules).Fit(Customers());
        act.Should().Throw<ConfigurationException>()
            .WithMessage("seg.yaml: rules[0].when.industy: unknown column 'industy'. Fix: use one of the customer table's columns: industry, employees, signup_date");
    }

    [Fact]
    public void Rules_reject_overlapping_bands_declared_exhaustive()
    {
        var act = () => RuleSetYaml.Parse("""
            bands:
              column: employees
              exhaustive: true
              segments:
                - { name: small, min: 1, max: 50 }
                - { name: mid, min: 50, below: 250 }
            fallback: Other
            """, "seg.yaml");
        act.Should().Throw<ConfigurationException>()
            .WithMessage("seg.yaml: bands.segments[1]: bands 'small' (1 ≤ employees ≤ 50) and 'mid' (50 ≤ employees < 250) overlap*");
    }

    [Fact]
    public void Rules_reject_gapped_bands_declared_exhaustive()
    {
        var act = () => RuleSetYaml.Parse("""
            bands:
              column: employees
              exhaustive: true
              segments:
                - { name: small, min: 1, max: 49 }
                - { name: mid, min: 50, below: 250 }
            fallback: Other
            """, "seg.yaml");
        act.Should().Throw<ConfigurationException>()
            .WithMessage("*bands.segments[1]: *leave a gap: employees from 49 to 50 falls in no band*");
    }

    [Fact]
    public void Rules_allow_gaps_when_bands_are_not_declared_exhaustive()
    {
        var rules = RuleSetYaml.Parse("""
            bands:
              column: employees
              segments:
                - { name: small, min: 1, max: 49 }
                - { name: large, min: 1000 }
            fallback: Other
            """);
        Run(rules).SegmentIds.Should().Equal("employees_small", "other", "employees_large", "other", "other", "other", "employees_small", "other");
    }

    [Fact]
    public void Rules_reject_an_empty_definition()
    {
        var act = () => RuleSetYaml.Parse("""
            rules:
              - name: Nothing
                when:
            fallback: Other
            """, "seg.yaml");
        act.Should().Throw<ConfigurationException>().WithMessage("seg.yaml: rules[0]: segment 'Nothing' has an empty definition*");
    }

    [Fact]
    public void Rules_reject_a_range_that_can_never_match()
    {
        var act = () => RuleSetYaml.Parse("""
            rules:
              - name: Impossible
                when: { employees: { min: 500, below: 100 } }
            fallback: Other
            """, "seg.yaml");
        act.Should().Throw<ConfigurationException>()
            .WithMessage("seg.yaml: rules[0].when.employees: the rule for 'Impossible' can never match: 500 ≤ employees < 100*");
    }

    [Fact]
    public void Rules_reject_an_and_of_disjoint_values_on_one_column()
    {
        var act = () => new RuleSetBuilder("t")
            .Segment("Both", When.All(When.Column("industry").Is("Retail"), When.Column("industry").Is("Food")))
            .Fallback("Other").Build();
        act.Should().Throw<ConfigurationException>().WithMessage("rules[0]: the rule for 'Both' can never match*");
    }

    [Fact]
    public void Rules_reject_values_that_no_customer_has()
    {
        var rules = RuleSetYaml.Parse("""
            rules:
              - name: Typo
                when: { industry: Retial }
            fallback: Other
            """, "seg.yaml");
        var act = () => new RulesSegmenter(rules).Fit(Customers());
        act.Should().Throw<ConfigurationException>()
            .WithMessage("seg.yaml: rules[0].when.industry: the rule can never match: no customer has industry = 'Retial'*Fix: check the spelling; the values of 'industry' are: Retail, Food, Banking-Insurance, Media, Services, Public");
    }

    [Fact]
    public void Rules_require_an_explicit_fallback()
    {
        var act = () => RuleSetYaml.Parse("rules:\n  - name: A\n    when: { industry: Retail }\n", "seg.yaml");
        act.Should().Throw<ConfigurationException>().WithMessage("seg.yaml: fallback: the rule set has no fallback segment*");
    }

    [Fact]
    public void Rules_reject_a_numeric_range_on_a_text_column()
    {
        var rules = RuleSetYaml.Parse("rules:\n  - name: A\n    when: { industry: { min: 3 } }\nfallback: Other\n", "seg.yaml");
        var act = () => new RulesSegmenter(rules).Fit(Customers());
        act.Should().Throw<ConfigurationException>().WithMessage("seg.yaml: rules[0].when.industry: column 'industry' is categorical, so a numeric range cannot test it*");
    }

    [Fact]
    public void Rules_reject_an_unknown_key_naming_the_allowed_ones()
    {
        var act = () => RuleSetYaml.Parse("rules:\n  - name: A\n    wen: { industry: Retail }\nfallback: Other\n", "seg.yaml");
        act.Should().Throw<ConfigurationException>().WithMessage("seg.yaml: rules[0].wen: unknown key 'wen' (line 3). Fix: use one of: id, name, description, when");
    }
}
