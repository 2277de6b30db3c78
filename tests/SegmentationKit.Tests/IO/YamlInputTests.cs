using System.Diagnostics;
using SegmentationKit.Data;
using SegmentationKit.Errors;
using SegmentationKit.IO;
using SegmentationKit.Segmenters.Configuration;
using SegmentationKit.Segmenters.Rules;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Tests.IO;

/// <summary>The cost of reading a configuration is bounded before anything is built: size, nesting
/// and alias expansion each stop with an error that names the limit.</summary>
public class YamlInputTests
{
    private static string BillionLaughs(int levels)
    {
        var lines = new List<string> { "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]" };
        for (var i = 1; i < levels; i++)
            lines.Add($"l{i}: &l{i} [{string.Join(", ", Enumerable.Repeat(i == 1 ? "*a" : $"*l{i - 1}", 10))}]");
        return string.Join("\n", lines) + "\n";
    }

    [Fact]
    public void Nested_aliases_stop_at_the_expansion_limit_quickly_and_small()
    {
        var yaml = BillionLaughs(9); // 10^9 values from 500 bytes
        var clock = Stopwatch.StartNew();

        var act = () => YamlInput.Load(yaml, "bomb.yaml");

        var e = act.Should().Throw<ConfigurationException>().Which;
        e.File.Should().Be("bomb.yaml");
        e.Problem.Should().Be("the document holds more than 200,000 values once its aliases (*name) are expanded (alias expansion limit)");
        e.Fix.Should().NotBeNullOrEmpty();
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Aliases_within_the_limit_are_read()
    {
        var stream = YamlInput.Load(BillionLaughs(4), "ok.yaml"); // 10^4 values

        stream.Documents.Should().HaveCount(1);
    }

    [Theory]
    [InlineData(64, true)]
    [InlineData(65, false)]
    public void Nesting_up_to_the_limit_is_read_and_one_more_level_is_an_error(int depth, bool readable)
    {
        var yaml = new string('[', depth) + new string(']', depth);

        var act = () => YamlInput.Load(yaml, "deep.yaml");

        if (readable) act.Should().NotThrow();
        else act.Should().Throw<ConfigurationException>().Which.Problem.Should().Be("the lists and mappings are nested more than 64 levels deep (nesting limit)");
    }

    [Fact]
    public void Twenty_thousand_nested_nots_in_a_rules_file_are_an_error_not_a_stack_overflow()
    {
        var yaml = "rules:\n  - name: x\n    when: " + string.Concat(Enumerable.Repeat("{not: ", 20_000)) + "{industry: [Retail]}" + new string('}', 20_000) + "\n";

        var act = () => ConfigNode.Parse(yaml, "rules.yaml");

        act.Should().Throw<ConfigurationException>().Which.Message.Should().StartWith("rules.yaml: line 3: the lists and mappings are nested more than 64 levels deep");
    }

    [Fact]
    public void A_deep_but_allowed_rule_still_reads()
    {
        var yaml = "name: deep\nrules:\n  - name: x\n    when: " + string.Concat(Enumerable.Repeat("{not: ", 20)) + "{industry: [Retail]}" + new string('}', 20) + "\nfallback: { id: other, name: Other }\n";

        var rules = RuleSetYaml.Read(ConfigNode.Parse(yaml, "rules.yaml"));

        rules.Rules.Should().HaveCount(1);
    }

    [Fact]
    public void A_configuration_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        var path = Path.Combine(RepoPaths.NewTempFolder("segkit-yaml"), "big.yaml");
        File.WriteAllText(path, "rules:\n" + new string('#', (int)YamlInput.MaxFileBytes));

        var act = () => ConfigNode.Load(path);

        act.Should().Throw<ConfigurationException>().Which.Problem.Should().Contain("a configuration may have at most 1,048,576 (size limit)");
    }

    [Fact]
    public void An_alias_inside_its_own_anchor_is_an_error_not_an_endless_walk()
    {
        var act = () => YamlInput.Load("a: &a [1, *a]\n", "loop.yaml");

        act.Should().Throw<ConfigurationException>().Which.Problem.Should().Be("the alias *a refers to the value it is part of");
    }

    [Theory]
    [InlineData("customers:\n  [a, b]: customer_id\n", "customers (line 2)", "a key must be plain text, not a list")]
    [InlineData("customers:\n  Client: { [n]: customer_id }\n", "customers.Client (line 2)", "a key must be plain text, not a list")]
    [InlineData("{a: 1}: x\n", "line 1", "a key must be plain text, not a mapping")]
    [InlineData("customers:\n  A: x\n  A: y\n", "line 3", "the YAML cannot be read")]
    public void A_mapping_with_a_key_that_is_not_text_is_a_configuration_error(string yaml, string key, string problem)
    {
        var act = () => DatasetMapping.Parse(yaml, "mapping.yaml");

        var e = act.Should().Throw<ConfigurationException>().Which;
        e.KeyPath.Should().Be(key);
        e.Problem.Should().StartWith(problem);
        e.Fix.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void Model_exceptions_end_with_their_fix()
    {
        var e = new ModelException("k-means with 9 clusters needs at least 9 rows; the data has 4", "ask for at most 4 clusters");

        e.Message.Should().Be("k-means with 9 clusters needs at least 9 rows; the data has 4. Fix: ask for at most 4 clusters");
    }

    [Fact]
    public void An_options_error_can_be_renamed_to_the_option_the_user_typed()
    {
        var e = new ConfigurationException(null, "clusters", "must be at least 1; got 0", "give a whole number of 1 or more");

        e.WithKey("--k").Message.Should().Be("--k: must be at least 1; got 0. Fix: give a whole number of 1 or more");
    }
}
