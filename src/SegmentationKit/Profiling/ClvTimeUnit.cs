using System.Text.Json.Serialization;

namespace SegmentationKit.Profiling;

/// <summary>The time unit of a purchase summary (recency, T) and of a CLV horizon.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ClvTimeUnit>))]
public enum ClvTimeUnit
{
    [JsonStringEnumMemberName("days")] Days,
    [JsonStringEnumMemberName("weeks")] Weeks,
}
