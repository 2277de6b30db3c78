using System.Globalization;
using System.Text.Json.Nodes;

namespace SegmentationKit.TestSupport;

/// <summary>The scikit-learn reference values of tests/SegmentationKit.Tests/TestData/clustering/
/// clustering-reference.json (scikit-learn 1.2.1, numpy 1.24.2; how it was made: that folder's
/// README). Tests read them from this one file instead of copying them, so the reference has one source.</summary>
public static class ClusteringReference
{
    private static readonly Lazy<JsonNode> Document = new(() =>
        JsonNode.Parse(File.ReadAllText(RepoPaths.Combine("tests", "SegmentationKit.Tests", "TestData", "clustering", "clustering-reference.json")))!);

    /// <summary>The number at a dotted path under "datasets", e.g. "blobs_overlap.metrics_on_truth.silhouette".</summary>
    public static double Value(string path)
    {
        JsonNode? node = Document.Value["datasets"];
        foreach (var key in path.Split('.'))
            node = node?[key] ?? throw new KeyNotFoundException($"clustering-reference.json has no datasets.{path}");
        return node!.GetValue<double>();
    }

    /// <summary>Every number under a dotted path, by key (e.g. the metrics of one labelling).</summary>
    public static IReadOnlyDictionary<string, double> Values(string path)
    {
        JsonNode? node = Document.Value["datasets"];
        foreach (var key in path.Split('.')) node = node?[key];
        return node!.AsObject().Where(p => p.Value is JsonValue v && v.TryGetValue<double>(out _))
            .ToDictionary(p => p.Key, p => p.Value!.GetValue<double>(), StringComparer.Ordinal);
    }

    public static string Format(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
