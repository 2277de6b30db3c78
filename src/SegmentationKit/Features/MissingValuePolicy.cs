namespace SegmentationKit.Features;

/// <summary>What preprocessing does with a missing value. Never silently zero.</summary>
public enum MissingValuePolicy
{
    /// <summary>Stop with an error naming the customer, the row and the column (the default).</summary>
    Error,

    /// <summary>Fill with a value learned when the pipeline is fitted: the median for numbers, the
    /// most frequent value for yes/no and categorical columns. The count filled per column is
    /// reported in the pipeline's diagnostics.</summary>
    Impute,
}
