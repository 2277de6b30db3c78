namespace SegmentationKit.Clustering;

/// <summary>A <see cref="MixtureSizeChoice"/> sweep: every k fitted, the recommended k and the reasoning.</summary>
public sealed record MixtureSizeSweep(IReadOnlyList<MixtureSizeCandidate> Candidates, int Recommended, string Reasoning);
