namespace SegmentationKit.Segmenters.Rfm;

/// <summary>How RFM's monetary value is measured per customer.</summary>
public enum MonetaryMeasure
{
    /// <summary>Total spend over the window, currency units (the R <c>rfm</c> package's default).</summary>
    Total,

    /// <summary>Mean spend per order over the window, currency units.</summary>
    Mean,
}
