using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;
using SegmentationKit.Errors;

namespace SegmentationKit.Features;

/// <summary>A fitted principal component analysis: projects centred rows on the directions of
/// largest variance, for compact features or 2-D views. Computed by singular value decomposition
/// (MathNet) of the centred data, through its thin QR factor so that a 100,000-row matrix never needs
/// an n × n factor. Same definitions as scikit-learn's PCA: explained variance = s² / (n − 1).
/// Each component's sign is fixed so that its largest-magnitude loading is positive (deterministic).
/// Immutable and JSON-serialisable.</summary>
/// <param name="ColumnNames">Input columns, in order.</param>
/// <param name="Mean">Mean of each input column.</param>
/// <param name="Components">Component loadings, row-major: Components.Length = count × inputs.</param>
/// <param name="ExplainedVariance">Variance along each component (sample variance, n − 1).</param>
/// <param name="ExplainedVarianceRatio">Share 0–1 of the total variance each component carries.</param>
public sealed record PrincipalComponents(
    IReadOnlyList<string> ColumnNames,
    double[] Mean,
    double[] Components,
    double[] ExplainedVariance,
    double[] ExplainedVarianceRatio)
{
    public int Count => ExplainedVariance.Length;

    /// <summary>Output column names: pc1, pc2, …</summary>
    public IReadOnlyList<string> ComponentNames => Enumerable.Range(1, Count).Select(i => $"pc{i}").ToArray();

    /// <param name="count">Number of components to keep, 1 to min(rows, columns).</param>
    public static PrincipalComponents Fit(FeatureMatrix matrix, int count)
    {
        int n = matrix.Rows, d = matrix.Columns;
        if (n < 2) throw new ModelException($"PCA needs at least 2 rows; the data has {n}", "give data with at least 2 rows");
        if (count < 1 || count > Math.Min(n, d))
            throw new ModelException($"PCA components must be between 1 and {Math.Min(n, d)} (rows and columns of the data); got {count}", $"ask for 1 to {Math.Min(n, d)} components");
        var mean = new double[d];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < d; j++) mean[j] += matrix.Values[i * d + j];
        for (var j = 0; j < d; j++) mean[j] /= n;

        var centred = Matrix<double>.Build.Dense(n, d, (i, j) => matrix.Values[i * d + j] - mean[j]);
        // X = Q R, R = U S Vᵀ  ⇒  X = (Q U) S Vᵀ: same singular values and right vectors, d × d work.
        var small = n >= d ? centred.QR(QRMethod.Thin).R : centred;
        var svd = small.Svd(computeVectors: true);
        var s = svd.S;
        var vt = svd.VT;

        var totalVariance = 0.0;
        for (var k = 0; k < s.Count; k++) totalVariance += s[k] * s[k] / (n - 1);
        var components = new double[count * d];
        var variance = new double[count];
        var ratio = new double[count];
        for (var k = 0; k < count; k++)
        {
            var maxAbs = 0.0;
            var sign = 1.0;
            for (var j = 0; j < d; j++)
                if (Math.Abs(vt[k, j]) > maxAbs + 1e-15) { maxAbs = Math.Abs(vt[k, j]); sign = Math.Sign(vt[k, j]); }
            for (var j = 0; j < d; j++) components[k * d + j] = sign * vt[k, j];
            variance[k] = s[k] * s[k] / (n - 1);
            ratio[k] = totalVariance > 0 ? variance[k] / totalVariance : 0;
        }
        return new PrincipalComponents(matrix.ColumnNames.ToArray(), mean, components, variance, ratio);
    }

    /// <summary>Scores of each row on the components: (x − mean) · componentₖ.</summary>
    public FeatureMatrix Transform(FeatureMatrix matrix)
    {
        var d = Mean.Length;
        if (matrix.Columns != d)
            throw new ModelException($"the PCA was fitted on {d} columns ({string.Join(", ", ColumnNames)}) but the data has {matrix.Columns}");
        var c = Count;
        var values = new double[matrix.Rows * c];
        var row = new double[d];
        for (var i = 0; i < matrix.Rows; i++)
        {
            for (var j = 0; j < d; j++) row[j] = matrix.Values[i * d + j] - Mean[j];
            for (var k = 0; k < c; k++)
            {
                var sum = 0.0;
                for (var j = 0; j < d; j++) sum += row[j] * Components[k * d + j];
                values[i * c + k] = sum;
            }
        }
        return new FeatureMatrix(values, matrix.Rows, c, ComponentNames);
    }
}
