using SegmentationKit.Errors;

namespace SegmentationKit.Segmenters.Rfm;

/// <summary>RFM segmentation: scores recency, frequency and monetary value 1…bins from the
/// transaction log at the as-of date, then names segments from a table (first match wins).
/// <see cref="Fit"/> learns the cut points from the customers who ordered in the window.</summary>
public sealed class RfmSegmenter : ISegmenter<RfmModel>
{
    public RfmSegmenter(RfmOptions? options = null)
    {
        Options = options ?? new RfmOptions();
        Options.Validate();
    }

    public RfmOptions Options { get; }

    public RfmModel Fit(SegmentationData data)
    {
        var (log, asOf) = RfmModel.Require(data);
        var measures = RfmMeasures.Compute(data.Customers, log, asOf, Options.WindowDays, Options.Monetary);
        var buyers = Enumerable.Range(0, data.Customers.RowCount).Where(r => measures.HasOrders[r]).ToArray();
        if (buyers.Length == 0 && (Options.RecencyCuts is null || Options.FrequencyCuts is null || Options.MonetaryCuts is null))
            throw new ModelException(
                $"RFM: no customer has an order in the window ending {asOf:yyyy-MM-dd}{(Options.WindowDays is { } w ? $" ({w} days)" : "")}, so there is nothing to take score cut points from. " +
                "Fix: check --as-of and the window, or give the cut points yourself");
        var n = Options.Bins;
        var recency = Scale(Options.RecencyCuts, buyers.Select(r => measures.RecencyDays[r]).ToArray(), n, reversed: true);
        var frequency = Scale(Options.FrequencyCuts, buyers.Select(r => measures.Frequency[r]).ToArray(), n, reversed: false);
        var monetary = Scale(Options.MonetaryCuts, buyers.Select(r => measures.Monetary[r]).ToArray(), n, reversed: false);
        return new RfmModel(Options.Bins, Options.Monetary, Options.WindowDays, recency, frequency, monetary, Options.Table, asOf,
            Options.RecencyCuts is not null || Options.FrequencyCuts is not null || Options.MonetaryCuts is not null);
    }

    private static RfmScale Scale(IReadOnlyList<double>? userCuts, double[] values, int bins, bool reversed) =>
        userCuts is not null ? new RfmScale(userCuts.ToArray(), reversed) : RfmScale.FromQuantiles(values, bins, reversed);
}
