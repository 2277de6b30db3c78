namespace SegmentationKit.Features;

/// <summary>How numeric feature columns are put on a common scale before clustering.</summary>
public enum ScalingMethod
{
    /// <summary>Values are used as they are.</summary>
    None,

    /// <summary>(x − mean) / population standard deviation (ddof = 0, as scikit-learn's StandardScaler).</summary>
    Standard,

    /// <summary>(x − median) / interquartile range (Q3 − Q1, linear interpolation as NumPy's
    /// percentile), as scikit-learn's RobustScaler: insensitive to a few extreme customers.</summary>
    Robust,
}
