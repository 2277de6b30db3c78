namespace SegmentationKit.Segmenters.MaturityPotential;

/// <summary>The customer-success manager profile a segment is given.</summary>
public enum CsmProfile
{
    /// <summary>Growth / scaled CS: automated programmes, webinars.</summary>
    Growth,

    /// <summary>Junior CSM focused on adoption.</summary>
    Junior,

    /// <summary>Senior CSM with sector expertise.</summary>
    SeniorExpert,

    /// <summary>CSM consultant (process and advanced-module consulting).</summary>
    Consultant,
}
