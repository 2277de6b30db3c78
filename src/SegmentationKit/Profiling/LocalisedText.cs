namespace SegmentationKit.Profiling;

/// <summary>A text in English and French. French follows French typography: non-breaking spaces
/// (U+00A0) before %, :, ;, ! and ? and as the thousands separator, « guillemets ».</summary>
public sealed record LocalisedText(string En, string Fr)
{
    /// <summary>The text for a culture name ("fr", "fr-FR", "fr-CA" → French; anything else → English).</summary>
    public string For(string culture) =>
        culture.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? Fr : En;
}
