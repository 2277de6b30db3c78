namespace SegmentationKit;

/// <summary>A segmentation method configured by its options. <see cref="Fit"/> learns whatever the
/// method needs from the data (cut points, centres, …) and returns an immutable model; it never
/// mutates its input.</summary>
public interface ISegmenter<out TModel> where TModel : ISegmentationModel
{
    TModel Fit(SegmentationData data);
}
