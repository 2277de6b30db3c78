namespace SegmentationKit.Profiling;

/// <summary>Words generated from a profile's numbers.</summary>
/// <param name="Name">Short generated name, e.g. "Premium banking power users".</param>
/// <param name="Headline">Name with the key figures, e.g. "Premium banking power users — 8 % of
/// customers, 27 % of ARR, churn 0.4× the base".</param>
/// <param name="Description">One paragraph saying who they are, what they are worth and how they behave.</param>
public sealed record SegmentNarrative(LocalisedText Name, LocalisedText Headline, LocalisedText Description);
