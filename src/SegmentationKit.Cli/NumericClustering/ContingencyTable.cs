using System.Text.Json.Serialization;

namespace SegmentationKit.Cli.NumericClustering;

/// <summary>Counts[i][j] = rows with label <c>Labels[i]</c> and truth <c>Truth[j]</c>.</summary>
public sealed record ContingencyTable(
    IReadOnlyList<string> Labels,
    IReadOnlyList<string> Truth,
    [property: JsonConverter(typeof(CompactRowsConverter))] long[][] Counts);
