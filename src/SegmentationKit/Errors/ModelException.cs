namespace SegmentationKit.Errors;

/// <summary>A model that cannot be fitted or applied to the data given (too few rows, k larger
/// than the number of distinct rows, a matrix with the wrong width, …).</summary>
public sealed class ModelException : SegmentationKitException
{
    public ModelException(string message) : base(message) { }
}
