namespace SegmentationKit.Segmenters.ValueTiers;

/// <summary>How value tiers are drawn.</summary>
public enum ValueTierMode
{
    /// <summary>By shares of the customer count, largest values first (default 20 % / 40 % / 40 %).</summary>
    Shares,

    /// <summary>By absolute lower bounds of the value, currency units.</summary>
    Thresholds,

    /// <summary>One tier per plan level (Freemium / Access / Standard / Premium / Enterprise).</summary>
    Plan,
}
