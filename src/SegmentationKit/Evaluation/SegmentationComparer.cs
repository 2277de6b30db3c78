using SegmentationKit.Data;
using SegmentationKit.Errors;
using SegmentationKit.Profiling;

namespace SegmentationKit.Evaluation;

/// <summary>Compares two or more segmentations of the same customers (see <see cref="SegmentationComparison"/>).</summary>
public static class SegmentationComparer
{
    /// <summary>What every column of the comparison means, in the order of the table.</summary>
    public static IReadOnlyList<ComparisonCriterion> Criteria { get; } =
    [
        new("segment_count", "Number of non-empty segments. More segments describe the base more finely but are harder to act on.", "context"),
        new("smallest_segment", "Customers in the smallest segment. A tiny segment is hard to serve and its KPIs are noisy.", "higher"),
        new("largest_segment", "Customers in the largest segment. One segment holding most customers says little about them.", "context"),
        new("size_entropy", "Shannon entropy of the segment shares, bits (log2 of the number of equal-size segments it is worth).", "context"),
        new("size_balance", "Entropy of the segment shares ÷ its maximum log2(k), 0–1: 1 when all segments are the same size, near 0 when one segment holds almost everyone.", "higher"),
        new("churn_variance_explained", "η² of the churned flag (0/1): share of its variance that lies between segments, 0–1. Higher means the segments separate churners from loyal customers better.", "higher"),
        new("churn_rate_spread", "Highest minus lowest segment churn rate (share). A wide spread means some segments clearly need retention effort and others not.", "higher"),
        new("arr_variance_explained", "η² of ARR across segments, 0–1: how well the segments separate large from small accounts.", "higher"),
        new("clv_variance_explained", "η² of the per-customer transactional CLV (BG/NBD × Gamma-Gamma, fitted once on the whole log, so it does not depend on the segmentation), 0–1.", "higher"),
        new("segments_below_minimum_size", "Segments with fewer customers than the minimum size: merge them or accept noisy KPIs.", "lower"),
        new("adjusted_rand_index", "Agreement between two segmentations: 1 identical, about 0 no more than chance. Low agreement means the models tell different stories about the same customers.", "context"),
        new("normalized_mutual_information", "Information shared by two segmentations, 0–1 (arithmetic-mean normalisation); 1 means one is a renaming of the other.", "context"),
    ];

    /// <summary>Compares <paramref name="runs"/> (label and segmentation), all of the same customers.</summary>
    /// <param name="customers">The customer table, for the outcome measures (churn, ARR); optional.</param>
    /// <param name="transactions">A transaction log, for the CLV measure; needs <paramref name="asOf"/>.</param>
    /// <param name="minimumSegmentSize">Segments below this many customers are flagged. Default 30.</param>
    /// <exception cref="DataValidationException">The segmentations are not of the same customers, or
    /// the table lacks one of them.</exception>
    public static SegmentationComparison Compare(IReadOnlyList<(string Label, Segmentation Segmentation)> runs,
        CustomerTable? customers = null, TransactionLog? transactions = null, DateOnly? asOf = null, int minimumSegmentSize = 30,
        ProfileSettings? settings = null)
    {
        if (runs.Count < 2) throw new ConfigurationException(null, "segmentations", $"need at least two segmentations to compare, got {runs.Count}", "give two or more segmentations of the same customers");
        if (minimumSegmentSize < 1) throw new ConfigurationException(null, "minimum_segment_size", $"must be at least 1, got {minimumSegmentSize}", "give a number of customers of 1 or more, e.g. 30");
        var reference = runs[0].Segmentation;
        var ids = reference.CustomerIds;
        var position = new Dictionary<string, int>(ids.Count, StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i++) position[ids[i]] = i;

        // Labels of every run, in the first run's customer order.
        var labels = new List<int[]>();
        foreach (var (label, seg) in runs)
        {
            if (seg.CustomerCount != ids.Count)
                throw new DataValidationException(label, null, "customer_id", null,
                    $"this segmentation has {seg.CustomerCount} customers but '{runs[0].Label}' has {ids.Count}", "compare segmentations of the same customer table");
            var codes = new int[ids.Count];
            var idx = seg.SegmentIndexes();
            for (var i = 0; i < seg.CustomerCount; i++)
            {
                if (!position.TryGetValue(seg.CustomerIds[i], out var p))
                    throw new DataValidationException(label, null, "customer_id", seg.CustomerIds[i],
                        $"the customer is not in '{runs[0].Label}'", "compare segmentations of the same customer table");
                codes[p] = idx[i];
            }
            labels.Add(codes);
        }

        double[]? churn = null, arr = null, clv = null;
        if (customers is not null)
        {
            var rows = new int[ids.Count];
            for (var i = 0; i < ids.Count; i++)
            {
                rows[i] = customers.RowOf(ids[i]);
                if (rows[i] < 0)
                    throw new DataValidationException(customers.Source, null, CustomerColumns.CustomerId, ids[i],
                        "a segmented customer is not in the customer table", "give the customer table the segmentations were made from");
            }
            if (customers.TryGetColumn(CustomerColumns.Churned, out var c) && c.Kind is ColumnKind.Boolean or ColumnKind.Numeric)
                churn = rows.Select(r => ProfileContext.AsNumber(c, r)).ToArray();
            if (customers.TryGetColumn(CustomerColumns.Arr, out var a) && a.Kind == ColumnKind.Numeric)
                arr = rows.Select(r => ProfileContext.AsNumber(a, r)).ToArray();
            if (transactions is not null && asOf is not null)
            {
                var notes = new List<LocalisedText>();
                var t = TransactionalClv.Compute(transactions, customers, asOf, (settings ?? new ProfileSettings()).Validated(), notes);
                if (t is not null) clv = rows.Select(r => t.Clv.TryGetValue(r, out var v) ? v : double.NaN).ToArray();
            }
        }

        var rowsOut = new List<ComparedSegmentation>();
        for (var k = 0; k < runs.Count; k++)
        {
            var seg = runs[k].Segmentation;
            var sizes = seg.Sizes();
            var nonEmpty = sizes.Where(s => s > 0).ToArray();
            var entropyNats = PartitionAgreement.Entropy(nonEmpty.Select(s => (double)s).ToArray(), ids.Count);
            var bits = entropyNats / Math.Log(2);
            var balance = nonEmpty.Length > 1 ? bits / Math.Log2(nonEmpty.Length) : 0;
            double? spread = null;
            if (churn is not null)
            {
                var rates = Enumerable.Range(0, sizes.Length).Select(g => GroupMean(churn, labels[k], g)).Where(v => !double.IsNaN(v)).ToList();
                if (rates.Count > 0) spread = rates.Max() - rates.Min();
            }
            rowsOut.Add(new ComparedSegmentation(runs[k].Label, seg.Method, nonEmpty.Length, nonEmpty.Min(), nonEmpty.Max(), bits, balance,
                Eta(churn, labels[k], sizes.Length), spread, Eta(arr, labels[k], sizes.Length), Eta(clv, labels[k], sizes.Length),
                seg.Segments.Where((_, g) => sizes[g] > 0 && sizes[g] < minimumSegmentSize).Select(s => s.Id).ToList()));
        }

        var agreements = new List<SegmentationAgreement>();
        for (var x = 0; x < runs.Count; x++)
            for (var y = x + 1; y < runs.Count; y++)
            {
                var sx = runs[x].Segmentation;
                var sy = runs[y].Segmentation;
                var table = PartitionAgreement.Contingency(labels[x], sx.Segments.Count, labels[y], sy.Segments.Count);
                var counts = Enumerable.Range(0, sx.Segments.Count)
                    .Select(i => (IReadOnlyList<int>)Enumerable.Range(0, sy.Segments.Count).Select(j => (int)table[i, j]).ToArray()).ToArray();
                agreements.Add(new SegmentationAgreement(runs[x].Label, runs[y].Label,
                    PartitionAgreement.AdjustedRandIndex(table), PartitionAgreement.NormalizedMutualInformation(table),
                    new MigrationMatrix(sx.Segments.Select(s => s.Id).ToArray(), sy.Segments.Select(s => s.Id).ToArray(), counts)));
            }
        return new SegmentationComparison(ids.Count, minimumSegmentSize, rowsOut, agreements, Criteria);
    }

    private static double GroupMean(double[] values, int[] groups, int g)
    {
        double sum = 0;
        var n = 0;
        for (var i = 0; i < values.Length; i++)
            if (groups[i] == g && !double.IsNaN(values[i])) { sum += values[i]; n++; }
        return n == 0 ? double.NaN : sum / n;
    }

    /// <summary>η² over the customers with a value; null when there is no value or no variance.</summary>
    private static double? Eta(double[]? values, int[] groups, int groupCount)
    {
        if (values is null) return null;
        var present = new List<double>();
        var presentGroups = new List<int>();
        for (var i = 0; i < values.Length; i++)
            if (!double.IsNaN(values[i])) { present.Add(values[i]); presentGroups.Add(groups[i]); }
        if (present.Count == 0) return null;
        var eta = Stats.VarianceExplained(present, presentGroups, groupCount);
        return double.IsNaN(eta) ? null : eta;
    }
}
