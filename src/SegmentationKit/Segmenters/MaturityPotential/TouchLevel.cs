namespace SegmentationKit.Segmenters.MaturityPotential;

/// <summary>How much personal attention a customer-success team gives a customer.</summary>
public enum TouchLevel
{
    /// <summary>Automated, one-to-many programmes.</summary>
    Low,

    /// <summary>A named CSM with a pooled portfolio.</summary>
    Mid,

    /// <summary>A dedicated CSM with regular executive contact.</summary>
    High,
}
