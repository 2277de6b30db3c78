namespace SegmentationKit.Evaluation;

/// <summary>The k a sweep recommends and why, in sentences a reader can check against the table.</summary>
/// <param name="Votes">The k each criterion prefers: silhouette, calinski_harabasz, davies_bouldin, bic, elbow.</param>
/// <param name="Reasons">The reasoning, first line the choice, then the runner-up and what was set aside.</param>
public sealed record KRecommendation(int K, IReadOnlyDictionary<string, int> Votes, IReadOnlyList<string> Reasons);
