namespace SegmentationKit.Segmenters.MaturityPotential;

/// <summary>The expertise a customer's CSM leads with.</summary>
public enum Expertise
{
    Product,
    Business,
    Technical,
}
