using SegmentationKit.Data;

namespace SegmentationKit.Segmenters.Cross;

/// <summary>Crosses two or more segmentations (e.g. value tier × industry): each customer's segment
/// is the tuple of their segments, named "Large · Retail". <see cref="Fit"/> fits every part, sizes
/// every cell on the training customers, and settles the small cells per the policy; the model
/// lists every merge and applies the same mapping to new customers.</summary>
public sealed class CrossSegmenter : ISegmenter<CrossModel>
{
    public CrossSegmenter(CrossOptions options)
    {
        options.Validate();
        Options = options;
    }

    public CrossOptions Options { get; }

    public CrossModel Fit(SegmentationData data)
    {
        var models = Options.Parts.Select(p => p.Fit(data)).ToArray();
        var parts = models.Select(m => m.Assign(data)).ToArray();
        var cells = CrossModel.ProductCells(parts.Select(p => p.Segments).ToArray());
        var cellIndex = cells.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var n = data.Customers.RowCount;
        var counts = new int[cells.Count];
        var revenue = new double[cells.Count];
        var useRevenue = Options.MinimumRevenueShare > 0;
        var values = useRevenue ? data.Customers.Numeric(Options.RevenueColumn).Values.ToArray() : null;
        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            var c = cellIndex[CrossModel.CellId(parts.Select(p => p.SegmentIds[i]))];
            counts[c]++;
            if (values is not null && !double.IsNaN(values[i]))
            {
                revenue[c] += values[i];
                total += values[i];
            }
        }
        var shares = revenue.Select(r => useRevenue && total > 0 ? r / total : double.NaN).ToArray();
        var small = new bool[cells.Count];
        for (var c = 0; c < cells.Count; c++)
            small[c] = counts[c] < Options.MinimumCount || (useRevenue && !(shares[c] >= Options.MinimumRevenueShare));
        return CrossModel.Settle(models, cells, counts, shares, small, Options);
    }
}
