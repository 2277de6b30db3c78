using System.Globalization;

namespace SegmentationKit.Features;

/// <summary>A fitted per-column scaling: output = (x − Centers[j]) / Scales[j]. A column whose spread
/// is zero (every value equal) keeps scale 1 — it is centred, not divided by zero — and is listed in
/// <see cref="ZeroSpreadColumns"/>. Immutable and JSON-serialisable.</summary>
/// <param name="Method">The scaling learned.</param>
/// <param name="ColumnNames">Names of the columns the scaler was fitted on, in order.</param>
/// <param name="Centers">Mean (standard) or median (robust) per column; 0 for <see cref="ScalingMethod.None"/>.</param>
/// <param name="Scales">Population standard deviation (standard) or interquartile range (robust) per column; 1 when none or zero spread.</param>
/// <param name="ZeroSpreadColumns">Columns whose spread was zero, left unscaled.</param>
public sealed record ColumnScaler(
    ScalingMethod Method,
    IReadOnlyList<string> ColumnNames,
    double[] Centers,
    double[] Scales,
    IReadOnlyList<string> ZeroSpreadColumns)
{
    /// <summary>Learns centres and scales from every row of <paramref name="matrix"/>. The values must be finite.</summary>
    public static ColumnScaler Fit(FeatureMatrix matrix, ScalingMethod method)
    {
        int n = matrix.Rows, d = matrix.Columns;
        var centers = new double[d];
        var scales = new double[d];
        var zero = new List<string>();
        var column = new double[n];
        for (var j = 0; j < d; j++)
        {
            scales[j] = 1;
            if (method == ScalingMethod.None || n == 0) continue;
            for (var i = 0; i < n; i++) column[i] = matrix.Values[i * d + j];
            double center, spread;
            if (method == ScalingMethod.Standard)
            {
                center = Mean(column);
                var ss = 0.0;
                foreach (var v in column) ss += (v - center) * (v - center);
                spread = Math.Sqrt(ss / n);
            }
            else
            {
                Array.Sort(column);
                center = Quantile.OfSorted(column, 0.5);
                spread = Quantile.OfSorted(column, 0.75) - Quantile.OfSorted(column, 0.25);
            }
            centers[j] = center;
            // A spread that is zero, or rounding noise on a constant column, would blow values up.
            if (spread > 1e-12 * Math.Max(1.0, Math.Abs(center))) scales[j] = spread;
            else zero.Add(matrix.ColumnNames[j]);
        }
        return new ColumnScaler(method, matrix.ColumnNames.ToArray(), centers, scales, zero);
    }

    /// <summary>A new matrix with every column scaled; the input is not modified.</summary>
    public FeatureMatrix Transform(FeatureMatrix matrix)
    {
        var d = Centers.Length;
        if (matrix.Columns != d)
            throw new Errors.ModelException($"the scaler was fitted on {d} columns ({string.Join(", ", ColumnNames)}) but the data has {matrix.Columns}");
        var values = new double[matrix.Values.Length];
        for (var i = 0; i < matrix.Rows; i++)
            for (var j = 0; j < d; j++)
                values[i * d + j] = (matrix.Values[i * d + j] - Centers[j]) / Scales[j];
        return new FeatureMatrix(values, matrix.Rows, d, matrix.ColumnNames);
    }

    /// <summary>Readable notes on what the scaler could not do, e.g. zero-spread columns.</summary>
    public IReadOnlyList<string> Diagnostics => ZeroSpreadColumns
        .Select(c => string.Create(CultureInfo.InvariantCulture,
            $"column '{c}' has zero {(Method == ScalingMethod.Robust ? "interquartile range" : "variance")}: it was centred but not scaled (it cannot separate customers)"))
        .ToArray();

    private static double Mean(double[] v)
    {
        var s = 0.0;
        foreach (var x in v) s += x;
        return s / v.Length;
    }
}
