using SegmentationKit.Errors;

namespace SegmentationKit.Segmenters.Rfm;

/// <summary>RFM segmentation: scores recency, frequency and monetary value 1…bins from the
/// transaction log at the as-of date, then names segments from a table (first match wins).
/// <see cref="Fit(SegmentationData)"/> learns the cut points from the customers who ordered in the window.</summary>
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
        double[] Values(double[] measure) => buyers.Select(r => measure[r]).ToArray();
        return Fit(asOf, buyers.Length, (measure, reversed) => RfmScale.FromQuantiles(Values(measure switch
        {
            RecencyDays => measures.RecencyDays,
            Frequency => measures.Frequency,
            _ => measures.Monetary,
        }), Options.Bins, reversed));
    }

    public const string RecencyDays = "recency_days";
    public const string Frequency = "frequency";
    public const string Monetary = "monetary";

    /// <summary>Fits from measures computed elsewhere (a database): <paramref name="buyers"/> customers
    /// ordered in the window, and <paramref name="quantileScale"/> gives the type-7 scale of a measure
    /// ("recency_days", "frequency" or "monetary"; reversed for recency) over those buyers. Cut
    /// points given in the options are used as they are.</summary>
    public RfmModel Fit(DateOnly asOf, long buyers, Func<string, bool, RfmScale> quantileScale)
    {
        if (buyers == 0 && (Options.RecencyCuts is null || Options.FrequencyCuts is null || Options.MonetaryCuts is null))
            throw new ModelException(
                $"RFM: no customer has an order in the window ending {asOf:yyyy-MM-dd}{(Options.WindowDays is { } w ? $" ({w} days)" : "")}, so there is nothing to take score cut points from. " +
                "Fix: check --as-of and the window, or give the cut points yourself");
        RfmScale Scale(IReadOnlyList<double>? userCuts, string measure, bool reversed) =>
            userCuts is not null ? new RfmScale(userCuts.ToArray(), reversed) : quantileScale(measure, reversed);
        var recency = Scale(Options.RecencyCuts, RecencyDays, reversed: true);
        var frequency = Scale(Options.FrequencyCuts, Frequency, reversed: false);
        var monetary = Scale(Options.MonetaryCuts, Monetary, reversed: false);
        return new RfmModel(Options.Bins, Options.Monetary, Options.WindowDays, recency, frequency, monetary, Options.Table, asOf,
            Options.RecencyCuts is not null || Options.FrequencyCuts is not null || Options.MonetaryCuts is not null);
    }
}
