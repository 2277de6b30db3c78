namespace SegmentationKit.Segmenters.Cross;

/// <summary>Segments customers by the values of one categorical column (e.g. industry), one segment
/// per value in order of first appearance, plus "Unknown" for missing values. Mostly a part of a
/// crossed segmentation ("value tier × industry").</summary>
public sealed class ColumnSegmenter : ISegmenter<ColumnModel>
{
    public ColumnSegmenter(string column) => Column = column;

    public string Column { get; }

    public ColumnModel Fit(SegmentationData data) => new(Column, data.Customers.Categorical(Column).Levels.ToArray());
}
