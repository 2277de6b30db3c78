using System.Text.Json.Serialization;

namespace SegmentationKit;

/// <summary>One entry of a segment catalog.</summary>
/// <param name="Id">Stable machine id, e.g. "champions" or "c3".</param>
/// <param name="Name">Short human name, e.g. "Champions".</param>
/// <param name="Description">One sentence saying who is in it.</param>
/// <param name="Definition">The rule or parameters that produced it, in readable form
/// (e.g. "R 5–5, F 5–5, M 5–5" or "industry in {Retail, Food} and employees 50–249").</param>
public sealed record SegmentDefinition(string Id, string Name, string Description, string Definition)
{
    /// <summary>The segment's place in a hierarchy, outermost first: a crossed segmentation's cell
    /// "Large · Retail" has the path ["Large", "Retail"]. Null for a flat catalog. Charts nest by
    /// this, never by splitting display names.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Path { get; init; }
}
