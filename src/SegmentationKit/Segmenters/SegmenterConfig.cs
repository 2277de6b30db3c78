using SegmentationKit.Errors;
using SegmentationKit.Segmenters.Configuration;
using SegmentationKit.Segmenters.Cross;
using SegmentationKit.Segmenters.Lifecycle;
using SegmentationKit.Segmenters.MaturityPotential;
using SegmentationKit.Segmenters.Rfm;
using SegmentationKit.Segmenters.Rules;
using SegmentationKit.Segmenters.ValueTiers;

namespace SegmentationKit.Segmenters;

/// <summary>Builds the rule-based segmenters (rules, rfm, value, maturity, lifecycle, cross) from one YAML
/// file. A file may hold one section per method (<c>rfm:</c>, <c>value:</c>, …) or be a single
/// method's configuration as a whole; a method without configuration uses its defaults (rules
/// have none and need a rule set).</summary>
public static class SegmenterConfig
{
    public static readonly IReadOnlyList<string> Methods = ["rules", "rfm", "value", "maturity", "lifecycle", "cross"];

    /// <summary>The configuration of <paramref name="method"/>: its section when the file has one,
    /// otherwise the whole file, or null without a file.</summary>
    public static ConfigNode? Section(ConfigNode? root, string method)
    {
        if (root is null) return null;
        if (!root.IsMapping) throw root.Error("the configuration must be a mapping of 'key: value' lines", "start the file with a section name such as 'rules:' or 'rfm:'");
        var section = root.Optional(method);
        // A rule-set file has a 'rules:' list at its root; a 'rules:' section is a mapping.
        if (method == "rules" && section is { IsSequence: true }) return root;
        // A maturity file has 'maturity:' (its criteria) beside 'potential:' or 'coverage:'.
        if (method == "maturity" && (root.Has("potential") || root.Has("coverage"))) return root;
        if (section is not null) return section;
        return root.Entries().Any(e => Methods.Contains(e.Key) && e.Key != method) ? null : root;
    }

    /// <summary>The segmenter of a method configured from <paramref name="root"/> (the whole file).</summary>
    public static ISegmenter<ISegmentationModel> Build(string method, ConfigNode? root) => method switch
    {
        "rules" => new RulesSegmenter(Section(root, "rules") is { } r ? RuleSetYaml.Read(r)
            : throw new ConfigurationException(root?.File, "rules", "the rules method needs a rule set", "pass --config with a 'rules:' section or a rule-set file")),
        "rfm" => new RfmSegmenter(Section(root, "rfm") is { } f ? RfmOptions.FromConfig(f) : new RfmOptions()),
        "value" => new ValueTierSegmenter(Section(root, "value") is { } v ? ValueTierOptions.FromConfig(v) : new ValueTierOptions()),
        "maturity" => new MaturityPotentialSegmenter(Section(root, "maturity") is { } m ? MaturityPotentialOptions.FromConfig(m) : new MaturityPotentialOptions()),
        "lifecycle" => new LifecycleSegmenter(Section(root, "lifecycle") is { } l ? LifecycleOptions.FromConfig(l) : new LifecycleOptions()),
        "cross" => new CrossSegmenter(CrossFromConfig(root)),
        _ => throw new ConfigurationException(root?.File, "method", $"'{method}' is not a rule-based method", $"use one of: {string.Join(", ", Methods)}"),
    };

    /// <summary>Reads the <c>cross:</c> section:
    /// <code>
    /// cross:
    ///   parts: [value, { column: industry }]   # method names (configured by their own sections) or columns
    ///   minimum_count: 30
    ///   minimum_revenue_share: 0.01
    ///   revenue_column: arr
    ///   policy: merge_into_nearest             # warn, merge_into_other or merge_into_nearest
    /// </code>
    /// Without configuration: value tier × industry, warnings only.</summary>
    public static CrossOptions CrossFromConfig(ConfigNode? root)
    {
        var node = root?.Optional("cross");
        if (node is null)
            return new CrossOptions { Parts = [Build("value", root), new ColumnSegmenter(Data.CustomerColumns.Industry)] };
        node.AllowOnly("parts", "minimum_count", "minimum_revenue_share", "revenue_column", "policy");
        var parts = new List<ISegmenter<ISegmentationModel>>();
        foreach (var part in node.Optional("parts")?.Items() ?? [])
        {
            if (part.IsScalar)
            {
                var name = part.Text();
                if (name == "cross" || !Methods.Contains(name))
                    throw part.Error($"'{name}' cannot be a part", "use rules, rfm, value, maturity, lifecycle or { column: NAME }");
                parts.Add(Build(name, root));
            }
            else
            {
                part.AllowOnly("column");
                parts.Add(new ColumnSegmenter(part.Required("column").Text()));
            }
        }
        if (parts.Count == 0) parts = [Build("value", root), new ColumnSegmenter(Data.CustomerColumns.Industry)];
        var options = new CrossOptions
        {
            Parts = parts,
            MinimumCount = node.Optional("minimum_count")?.Integer() ?? 0,
            MinimumRevenueShare = node.Optional("minimum_revenue_share")?.Number() ?? 0,
            RevenueColumn = node.Optional("revenue_column")?.Text() ?? Data.CustomerColumns.Arr,
            Policy = node.Optional("policy") is { } p
                ? p.Text() switch
                {
                    "warn" => SmallSegmentPolicy.Warn,
                    "merge_into_other" => SmallSegmentPolicy.MergeIntoOther,
                    "merge_into_nearest" => SmallSegmentPolicy.MergeIntoNearest,
                    var x => throw p.Error($"'{x}' is not a policy", "write warn, merge_into_other or merge_into_nearest"),
                }
                : SmallSegmentPolicy.Warn,
        };
        ConfigErrors.InFile(node.File, () => options.Validate());
        return options;
    }
}
