namespace SegmentationKit.Evaluation;

/// <summary>Agreement between two partitions of the same items, given as label codes 0…k−1
/// (scikit-learn's conventions: Hubert–Arabie adjusted Rand index; mutual information normalised by
/// the arithmetic mean of the two entropies).</summary>
public static class PartitionAgreement
{
    /// <summary>Contingency table: counts[i, j] = items with label i in <paramref name="a"/> and j in <paramref name="b"/>.</summary>
    public static long[,] Contingency(IReadOnlyList<int> a, int aCount, IReadOnlyList<int> b, int bCount)
    {
        if (a.Count != b.Count) throw new ArgumentException("the two partitions must label the same items");
        var counts = new long[aCount, bCount];
        for (var i = 0; i < a.Count; i++) counts[a[i], b[i]]++;
        return counts;
    }

    /// <summary>Adjusted Rand index: 1 for identical partitions, about 0 for chance agreement. Two
    /// partitions that each put everything in one group (or each item alone) agree perfectly: 1.</summary>
    public static double AdjustedRandIndex(long[,] contingency)
    {
        double n = 0, sumCells = 0, sumRows = 0, sumColumns = 0;
        int rows = contingency.GetLength(0), columns = contingency.GetLength(1);
        var columnTotals = new double[columns];
        for (var i = 0; i < rows; i++)
        {
            double rowTotal = 0;
            for (var j = 0; j < columns; j++)
            {
                double c = contingency[i, j];
                rowTotal += c;
                columnTotals[j] += c;
                sumCells += Pairs(c);
            }
            sumRows += Pairs(rowTotal);
            n += rowTotal;
        }
        foreach (var t in columnTotals) sumColumns += Pairs(t);
        var expected = sumRows * sumColumns / Pairs(n);
        var max = (sumRows + sumColumns) / 2;
        // Degenerate case (as scikit-learn): both partitions trivial → identical → 1.
        if (max == expected) return 1;
        return (sumCells - expected) / (max - expected);
    }

    /// <summary>Normalised mutual information, arithmetic-mean normalisation, 0–1. 1 when both
    /// partitions are a single group (scikit-learn's convention).</summary>
    public static double NormalizedMutualInformation(long[,] contingency)
    {
        int rows = contingency.GetLength(0), columns = contingency.GetLength(1);
        var rowTotals = new double[rows];
        var columnTotals = new double[columns];
        double n = 0;
        for (var i = 0; i < rows; i++)
            for (var j = 0; j < columns; j++)
            {
                rowTotals[i] += contingency[i, j];
                columnTotals[j] += contingency[i, j];
                n += contingency[i, j];
            }
        double mi = 0;
        for (var i = 0; i < rows; i++)
            for (var j = 0; j < columns; j++)
            {
                double c = contingency[i, j];
                if (c > 0) mi += c / n * Math.Log(c * n / (rowTotals[i] * columnTotals[j]));
            }
        double ha = Entropy(rowTotals, n), hb = Entropy(columnTotals, n);
        if (ha == 0 && hb == 0) return 1;
        var mean = (ha + hb) / 2;
        return mean > 0 ? Math.Max(0, mi) / mean : 0;
    }

    /// <summary>Shannon entropy of group sizes, nats.</summary>
    internal static double Entropy(IReadOnlyList<double> totals, double n)
    {
        double h = 0;
        foreach (var t in totals) if (t > 0) h -= t / n * Math.Log(t / n);
        return h;
    }

    private static double Pairs(double n) => n * (n - 1) / 2;
}
