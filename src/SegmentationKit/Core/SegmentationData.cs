using SegmentationKit.Data;

namespace SegmentationKit;

/// <summary>What a segmentation model is fitted on and applied to: the customer table, the
/// optional transaction log and the as-of date at which time-based measures are taken.</summary>
public sealed record SegmentationData(CustomerTable Customers, TransactionLog? Transactions = null, DateOnly? AsOf = null)
{
    /// <summary>The as-of date, or today's date if none was given. Prefer giving one: results
    /// depending on "today" are not reproducible.</summary>
    public DateOnly AsOfOrToday => AsOf ?? DateOnly.FromDateTime(DateTime.UtcNow);
}
