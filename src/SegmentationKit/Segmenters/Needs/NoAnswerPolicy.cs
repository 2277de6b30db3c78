namespace SegmentationKit.Segmenters.Needs;

/// <summary>What needs-based segmentation does with customers who left survey questions blank.</summary>
public enum NoAnswerPolicy
{
    /// <summary>Customers missing any answer go to the explicit "No answer" segment (the default):
    /// nobody is guessed and nobody is dropped.</summary>
    Segment,

    /// <summary>Missing answers are filled with the mean answer of that need among the customers who
    /// answered it; every customer is clustered. The count imputed is recorded in the parameters.</summary>
    Impute,
}
