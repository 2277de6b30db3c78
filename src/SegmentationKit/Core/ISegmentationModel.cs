namespace SegmentationKit;

/// <summary>A fitted segmentation model. Immutable; assigns new customers exactly as it assigned the
/// training customers.</summary>
public interface ISegmentationModel
{
    /// <summary>Method name as written in results, e.g. "rfm", "rules", "kmeans".</summary>
    string Method { get; }

    Segmentation Assign(SegmentationData data);
}
