namespace SegmentationKit.Evaluation;

/// <summary>One column of the comparison table, explained for the analyst.</summary>
/// <param name="Name">Column name as in the table and the JSON, e.g. "churn_variance_explained".</param>
/// <param name="Explanation">What it measures and how to read it.</param>
/// <param name="Preferred">"higher", "lower" or "context" (depends on the use).</param>
public sealed record ComparisonCriterion(string Name, string Explanation, string Preferred);
