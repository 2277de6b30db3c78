using System.Text.Json;

namespace SegmentationKit.Profiling;

/// <summary>The profiles of every segment of one segmentation and of the whole base (the
/// reference), with the settings and models they rest on. This is what <c>profile.json</c> holds.</summary>
/// <param name="Method">Segmentation method, e.g. "rfm".</param>
/// <param name="AsOf">Date the time-based KPIs (tenure, recency, CLV) are measured at.</param>
/// <param name="KitVersion">Version of the kit that computed the profile.</param>
/// <param name="CustomerSource">Where the customer table came from.</param>
/// <param name="TransactionSource">Where the transaction log came from, if one was used.</param>
/// <param name="Settings">The settings used (margin, CLV cap, significance test, …).</param>
/// <param name="Base">The whole base, the reference every segment is compared with.</param>
/// <param name="Segments">One profile per segment, in catalog order.</param>
/// <param name="BgNbd">The BG/NBD fit behind the transactional CLV, when there is a log.</param>
/// <param name="GammaGamma">The Gamma-Gamma fit behind the expected spend, when it could be fitted.</param>
/// <param name="Notes">Things a reader must know about the data (missing values, caps used, …).</param>
public sealed record PortfolioProfile(
    string Method,
    DateOnly? AsOf,
    string KitVersion,
    string CustomerSource,
    string? TransactionSource,
    ProfileSettings Settings,
    SegmentProfile Base,
    IReadOnlyList<SegmentProfile> Segments,
    BgNbdParameters? BgNbd,
    GammaGammaParameters? GammaGamma,
    IReadOnlyList<LocalisedText> Notes)
{
    /// <summary>The segment id of the whole-base profile.</summary>
    public const string BaseId = "_base";

    /// <summary>The profile of a segment by id (or the base by <see cref="BaseId"/>).</summary>
    public SegmentProfile Segment(string segmentId) =>
        segmentId == BaseId ? Base
        : Segments.FirstOrDefault(s => s.SegmentId == segmentId) ?? throw new KeyNotFoundException($"no segment '{segmentId}' in the profile");

    public string ToJson() => JsonSerializer.Serialize(this, SegmentationJson.Options);

    public static PortfolioProfile FromJson(string json) =>
        JsonSerializer.Deserialize<PortfolioProfile>(json, SegmentationJson.Options)
        ?? throw new JsonException("empty profile JSON");
}
