namespace SegmentationKit.Retention;

/// <summary>The length of a contract period: how often customers renew.</summary>
public enum RetentionPeriod
{
    Year,
    Month,
}
