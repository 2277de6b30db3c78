using SegmentationKit.Data;
using SegmentationKit.Errors;

namespace SegmentationKit.Segmenters.Cross;

/// <summary>Options of <see cref="CrossSegmenter"/>. A cell is small when it holds fewer than
/// <see cref="MinimumCount"/> customers or less than <see cref="MinimumRevenueShare"/> of the revenue
/// (either test, when set).</summary>
public sealed record CrossOptions
{
    /// <summary>The segmentations to cross, two or more; the first one is the parent.</summary>
    public required IReadOnlyList<ISegmenter<ISegmentationModel>> Parts { get; init; }

    /// <summary>Minimum customers per cell; 0 for none.</summary>
    public int MinimumCount { get; init; }

    /// <summary>Minimum share 0–1 of the total revenue per cell; 0 for none.</summary>
    public double MinimumRevenueShare { get; init; }

    /// <summary>Revenue column for <see cref="MinimumRevenueShare"/>, currency units. Default arr.</summary>
    public string RevenueColumn { get; init; } = CustomerColumns.Arr;

    public SmallSegmentPolicy Policy { get; init; } = SmallSegmentPolicy.Warn;

    public void Validate()
    {
        if (Parts is null || Parts.Count < 2)
            throw new ConfigurationException(null, "cross.parts", "crossing needs at least two segmentations", "list two or more parts");
        if (MinimumCount < 0) throw new ConfigurationException(null, "cross.minimum_count", "the minimum count cannot be negative", "give 0 or more customers");
        if (!(MinimumRevenueShare >= 0 && MinimumRevenueShare < 1))
            throw new ConfigurationException(null, "cross.minimum_revenue_share", "the minimum revenue share must be in [0, 1)", "write 0.01 for 1 %");
    }
}
