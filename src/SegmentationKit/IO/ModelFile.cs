using System.Text.Json;
using System.Text.Json.Nodes;
using SegmentationKit.Data;
using SegmentationKit.Errors;
using SegmentationKit.Segmenters.Clusters;
using SegmentationKit.Segmenters.Cross;
using SegmentationKit.Segmenters.Lifecycle;
using SegmentationKit.Segmenters.MaturityPotential;
using SegmentationKit.Segmenters.Rfm;
using SegmentationKit.Segmenters.Rules;
using SegmentationKit.Segmenters.ValueTiers;

namespace SegmentationKit.IO;

/// <summary>model.json of a run folder: the fitted model itself (cut points, thresholds, centres,
/// pipeline…), small whatever the base, so a later command (e.g. <c>segkit sql</c>) can re-apply it
/// without the data. JSON models are kept as their own JSON; rule sets and maturity × potential as
/// the YAML they round-trip through.</summary>
public static class ModelFile
{
    public const string FileName = "model.json";

    /// <summary>True when <see cref="Write"/> can save this model.</summary>
    public static bool CanSave(ISegmentationModel model) => model switch
    {
        RfmModel or ValueTierModel or ClusterSegmentationModel or RulesModel or MaturityPotentialModel or ColumnModel or LifecycleModel => true,
        CrossModel cross => cross.Parts.All(CanSave),
        _ => false,
    };

    /// <summary>The model as model.json text, with the kinds of the customer columns it was fitted
    /// on (a compiled rule "plan = Premium" compares text, "first_tool_of_kind = true" a boolean)
    /// and, for lifecycle stages, whether the run had a transaction log (without one, revenue change
    /// and invoice lapses are not signals, so the compiled SQL must not read the orders either).</summary>
    public static string Write(ISegmentationModel model, CustomerTable? customers = null, bool withTransactions = false)
    {
        var root = Node(model);
        if (customers is not null)
        {
            var kinds = new JsonObject();
            foreach (var column in customers.Columns) kinds[column.Name] = column.Kind.ToString().ToLowerInvariant();
            root["column_kinds"] = kinds;
        }
        if (UsesLifecycle(model)) root["with_transactions"] = withTransactions;
        return root.ToJsonString(SegmentationJson.Options);
    }

    private static bool UsesLifecycle(ISegmentationModel model) =>
        model is LifecycleModel || (model is CrossModel cross && cross.Parts.Any(UsesLifecycle));

    /// <summary>Whether the run recorded in model.json text had a transaction log (true when it does not say).</summary>
    public static bool WithTransactions(string json) =>
        JsonNode.Parse(json)?["with_transactions"] is not JsonValue v || v.GetValue<bool>();

    private static JsonObject Node(ISegmentationModel model)
    {
        var root = new JsonObject { ["method"] = model.Method };
        switch (model)
        {
            case RfmModel m: root["model"] = JsonNode.Parse(m.ToJson()); break;
            case ValueTierModel m: root["model"] = JsonNode.Parse(m.ToJson()); break;
            case ClusterSegmentationModel m: root["model"] = JsonNode.Parse(m.ToJson()); break;
            case RulesModel m: root["yaml"] = m.ToYaml(); break;
            case MaturityPotentialModel m: root["yaml"] = m.ToYaml(); break;
            case LifecycleModel m: root["model"] = JsonNode.Parse(m.ToJson()); break;
            case ColumnModel m:
                root["column"] = m.Column;
                root["levels"] = new JsonArray(m.Levels.Select(l => (JsonNode?)JsonValue.Create(l)).ToArray());
                break;
            case CrossModel m:
                root["parts"] = new JsonArray(m.Parts.Select(p => (JsonNode?)Node(p)).ToArray());
                root["cell_targets"] = JsonSerializer.SerializeToNode(new SortedDictionary<string, string>(m.CellTargets.ToDictionary(), StringComparer.Ordinal), SegmentationJson.Options);
                root["catalog"] = JsonSerializer.SerializeToNode(m.Catalog, SegmentationJson.Options);
                root["merges"] = JsonSerializer.SerializeToNode(m.Merges, SegmentationJson.Options);
                root["warnings"] = JsonSerializer.SerializeToNode(m.Warnings, SegmentationJson.Options);
                root["policy"] = m.Options.Policy.ToString();
                root["minimum_count"] = m.Options.MinimumCount;
                root["minimum_revenue_share"] = m.Options.MinimumRevenueShare;
                root["revenue_column"] = m.Options.RevenueColumn;
                break;
            default: throw new ModelException($"the {model.Method} model cannot be saved to {FileName}", "use one of rules, rfm, value, maturity, lifecycle, cross, kmeans, gmm, ward, kprototypes");
        }
        return root;
    }

    /// <summary>The kinds of the customer columns recorded in model.json text (empty when none).</summary>
    public static IReadOnlyDictionary<string, ColumnKind> ColumnKinds(string json)
    {
        var kinds = new Dictionary<string, ColumnKind>(StringComparer.Ordinal);
        if (JsonNode.Parse(json)?["column_kinds"] is JsonObject o)
            foreach (var (name, kind) in o)
                if (kind is not null && Enum.TryParse<ColumnKind>(kind.GetValue<string>(), true, out var k)) kinds[name] = k;
        return kinds;
    }

    /// <summary>Reads model.json text back into the fitted model.</summary>
    public static ISegmentationModel Read(string json)
    {
        var root = JsonNode.Parse(json)?.AsObject() ?? throw new JsonException("empty model file");
        return FromNode(root);
    }

    private static ISegmentationModel FromNode(JsonObject root)
    {
        var method = root["method"]?.GetValue<string>() ?? throw new JsonException("the model file has no 'method'");
        string Model() => root["model"]?.ToJsonString() ?? throw new JsonException($"the {method} model file has no 'model'");
        string Yaml() => root["yaml"]?.GetValue<string>() ?? throw new JsonException($"the {method} model file has no 'yaml'");
        return method switch
        {
            "rfm" => RfmModel.FromJson(Model()),
            "value" => ValueTierModel.FromJson(Model()),
            "kmeans" or "gmm" or "ward" or "kprototypes" => ClusterSegmentationModel.FromJson(Model()),
            "rules" => RulesModel.FromYaml(Yaml()),
            "maturity" => MaturityPotentialModel.FromYaml(Yaml()),
            "lifecycle" => LifecycleModel.FromJson(Model()),
            "column" => new ColumnModel(root["column"]!.GetValue<string>(), root["levels"]!.AsArray().Select(l => l!.GetValue<string>()).ToArray()),
            "cross" => CrossModel.Restore(
                root["parts"]!.AsArray().Select(p => FromNode(p!.AsObject())).ToArray(),
                Parse<List<SegmentDefinition>>(root, "catalog"),
                Parse<Dictionary<string, string>>(root, "cell_targets"),
                Parse<List<SegmentMerge>>(root, "merges"),
                Parse<List<string>>(root, "warnings"),
                new CrossOptions
                {
                    Parts = [],
                    Policy = Enum.Parse<SmallSegmentPolicy>(root["policy"]!.GetValue<string>()),
                    MinimumCount = root["minimum_count"]!.GetValue<int>(),
                    MinimumRevenueShare = root["minimum_revenue_share"]!.GetValue<double>(),
                    RevenueColumn = root["revenue_column"]!.GetValue<string>(),
                }),
            _ => throw new JsonException($"'{method}' is not a method whose model the kit saves"),
        };
    }

    private static T Parse<T>(JsonObject root, string key) =>
        (root[key] ?? throw new JsonException($"the cross model file has no '{key}'")).Deserialize<T>(SegmentationJson.Options)
        ?? throw new JsonException($"the cross model file's '{key}' is empty");
}
