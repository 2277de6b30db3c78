using System.Globalization;

namespace SegmentationKit.Segmenters.Rules;

/// <summary>A rule set ready to assign: first matching rule wins, the rest go to the fallback.</summary>
public sealed class RulesModel : ISegmentationModel
{
    public RulesModel(RuleSet rules) => Rules = rules;

    public string Method => "rules";
    public RuleSet Rules { get; }

    public Segmentation Assign(SegmentationData data)
    {
        var table = data.Customers;
        var assigned = new string?[table.RowCount];
        var left = table.RowCount;
        foreach (var rule in Rules.Rules)
        {
            if (left == 0) break;
            var match = rule.When.Evaluate(table, Rules.File);
            for (var i = 0; i < assigned.Length; i++)
                if (assigned[i] is null && match[i])
                {
                    assigned[i] = rule.Id;
                    left--;
                }
        }
        var segments = new string[assigned.Length];
        for (var i = 0; i < segments.Length; i++) segments[i] = assigned[i] ?? Rules.Fallback.Id;
        var parameters = new Dictionary<string, string>
        {
            ["rule_set"] = Rules.Name,
            ["rules"] = Rules.Rules.Count.ToString(CultureInfo.InvariantCulture),
            ["first_match_wins"] = "true",
        };
        if (Rules.File is not null) parameters["file"] = Path.GetFileName(Rules.File);
        return new Segmentation(Method, parameters, data.AsOf, Rules.Catalog(), table.CustomerIds, segments);
    }

    /// <summary>The model as the rule-set YAML it was built from (see <see cref="RuleSetYamlWriter"/>).</summary>
    public string ToYaml() => RuleSetYamlWriter.Write(Rules);

    public static RulesModel FromYaml(string yaml) => new(RuleSetYaml.Parse(yaml));
}
