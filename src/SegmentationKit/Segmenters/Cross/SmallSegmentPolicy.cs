namespace SegmentationKit.Segmenters.Cross;

/// <summary>What a crossed segmentation does with a cell below the minimum size.</summary>
public enum SmallSegmentPolicy
{
    /// <summary>Keep every cell; list the small ones as warnings.</summary>
    Warn,

    /// <summary>Merge every small cell into one "Other" segment.</summary>
    MergeIntoOther,

    /// <summary>Merge a small cell into the nearest large-enough cell with the same parent (the
    /// first segmentation's segment); with none, into "&lt;parent&gt; · Other".</summary>
    MergeIntoNearest,
}
