using System.Text.Json;

namespace SegmentationKit.Tracking;

/// <summary>What <c>tracking.json</c> holds: the method, whether the first snapshot's model was
/// applied to the later dates (<paramref name="Frozen"/>) or each date refitted, the snapshot dates and
/// the transition between each pair of consecutive snapshots.</summary>
public sealed record TrackingResult(string Method, bool Frozen, IReadOnlyList<DateOnly> Snapshots, IReadOnlyList<SegmentTransition> Transitions)
{
    public const string FileName = "tracking.json";

    /// <summary>The result of a series of snapshots, in date order.</summary>
    public static TrackingResult From(string method, bool frozen, IReadOnlyList<Snapshot> snapshots) =>
        new(method, frozen, snapshots.Select(s => s.AsOf).ToArray(),
            snapshots.Zip(snapshots.Skip(1), SegmentTransition.Between).ToArray());

    public string ToJson() => JsonSerializer.Serialize(this, SegmentationJson.Options);

    public static TrackingResult FromJson(string json) =>
        JsonSerializer.Deserialize<TrackingResult>(json, SegmentationJson.Options) ?? throw new JsonException("empty tracking JSON");
}
