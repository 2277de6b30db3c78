using SegmentationKit.Errors;
using SegmentationKit.Segmenters;
using SegmentationKit.Segmenters.Configuration;
using SegmentationKit.Segmenters.Cross;
using SegmentationKit.Segmenters.Rfm;
using SegmentationKit.Segmenters.ValueTiers;

namespace SegmentationKit.Tests.Segmenters;

public class SegmenterConfigTests
{
    [Fact]
    public void Rfm_options_are_read_from_their_section()
    {
        var root = ConfigNode.Parse("""
            rfm:
              bins: 5
              monetary: mean
              window_days: 365
              frequency_cuts: [2, 3, 5, 8]
              table: rf_grid
            """, "seg.yaml");
        var o = RfmOptions.FromConfig(SegmenterConfig.Section(root, "rfm")!);

        o.Monetary.Should().Be(MonetaryMeasure.Mean);
        o.WindowDays.Should().Be(365);
        o.FrequencyCuts.Should().Equal(2, 3, 5, 8);
        o.Table.Should().BeSameAs(RfmSegmentTable.RecencyFrequencyGrid);
    }

    [Fact]
    public void Rfm_options_from_yaml_report_the_file_for_a_bad_value()
    {
        var act = () => RfmOptions.FromConfig(ConfigNode.Parse("bins: 12\n", "seg.yaml"));
        act.Should().Throw<ConfigurationException>().WithMessage("seg.yaml: rfm.bins: bins must be between 2 and 10, not 12. Fix: use 5, the usual RFM scale");
    }

    [Fact]
    public void Value_options_with_thresholds_switch_to_threshold_mode()
    {
        var o = ValueTierOptions.FromConfig(ConfigNode.Parse("column: mrr\nthresholds: [5000, 1000]\n"));
        o.Mode.Should().Be(ValueTierMode.Thresholds);
        o.Column.Should().Be("mrr");
        o.Thresholds.Should().Equal(5000, 1000);
    }

    [Fact]
    public void A_file_without_sections_is_the_configuration_of_the_method_it_is_given_to()
    {
        var root = ConfigNode.Parse("tiers: [Top, Rest]\nshares: [0.5, 0.5]\n");
        SegmenterConfig.Section(root, "value").Should().BeSameAs(root);
        // A file with sections for other methods only gives this method its defaults.
        SegmenterConfig.Section(ConfigNode.Parse("rfm:\n  bins: 4\n"), "value").Should().BeNull();
    }

    [Fact]
    public void A_rule_set_file_is_recognised_by_its_rules_list()
    {
        var root = ConfigNode.Parse("rules:\n  - name: A\n    when: { industry: Retail }\nfallback: Other\n");
        SegmenterConfig.Section(root, "rules").Should().BeSameAs(root);
    }

    [Fact]
    public void Cross_reads_parts_sizes_and_policy()
    {
        var o = SegmenterConfig.CrossFromConfig(ConfigNode.Parse("""
            value: { tiers: [Top, Rest], shares: [0.5, 0.5] }
            cross:
              parts: [value, { column: plan }]
              minimum_count: 30
              minimum_revenue_share: 0.02
              policy: merge_into_other
            """));

        o.Parts.Should().HaveCount(2);
        ((ValueTierSegmenter)o.Parts[0]).Options.Tiers.Should().Equal("Top", "Rest");
        ((ColumnSegmenter)o.Parts[1]).Column.Should().Be("plan");
        o.MinimumCount.Should().Be(30);
        o.MinimumRevenueShare.Should().Be(0.02);
        o.Policy.Should().Be(SmallSegmentPolicy.MergeIntoOther);
    }

    [Fact]
    public void Cross_rejects_an_unknown_policy_with_the_valid_ones()
    {
        var act = () => SegmenterConfig.CrossFromConfig(ConfigNode.Parse("cross:\n  policy: merge\n", "seg.yaml"));
        act.Should().Throw<ConfigurationException>()
            .WithMessage("seg.yaml: cross.policy: 'merge' is not a policy (line 2). Fix: write warn, merge_into_other or merge_into_nearest");
    }

    [Fact]
    public void Overrides_set_nested_keys_on_top_of_the_file()
    {
        var path = Path.Combine(TestSupport.RepoPaths.NewTempFolder(), "seg.yaml");
        File.WriteAllText(path, "rfm:\n  bins: 5\n  window_days: 90\n");
        var root = ConfigNode.Load(path, new Dictionary<string, string> { ["rfm.window_days"] = "30", ["rfm.recency_cuts"] = "[10, 20, 40, 80]" })!;

        var o = RfmOptions.FromConfig(root.Required("rfm"));
        o.WindowDays.Should().Be(30);
        o.RecencyCuts.Should().Equal(10, 20, 40, 80);
        ConfigNode.Load(null, new Dictionary<string, string>()).Should().BeNull();
    }

    [Fact]
    public void A_yaml_syntax_error_names_the_file_and_line()
    {
        var act = () => ConfigNode.Parse("rfm:\n  bins: [5\n", "seg.yaml");
        act.Should().Throw<ConfigurationException>().WithMessage("seg.yaml: line *: the YAML cannot be read*");
    }
}
