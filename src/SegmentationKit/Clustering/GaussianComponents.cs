using MathNet.Numerics.LinearAlgebra;
using SegmentationKit.Errors;

namespace SegmentationKit.Clustering;

/// <summary>The parameters of k Gaussian components and their log-densities. Precisions are kept as
/// the inverse of each covariance's Cholesky factor (MathNet), as scikit-learn does, so a
/// log-density costs one triangular product per row.</summary>
internal sealed class GaussianComponents
{
    internal static readonly double Log2Pi = Math.Log(2 * Math.PI);

    public GaussianComponents(CovarianceType type, int dimensions, double[] weights, double[] means, double[] covariances)
    {
        Type = type;
        D = dimensions;
        K = weights.Length;
        Weights = weights;
        Means = means;
        Covariances = covariances;
        LogWeights = weights.Select(w => Math.Log(w)).ToArray();
        PrecisionFactors = new double[covariances.Length];
        LogDetPrecision = new double[K];
        for (var c = 0; c < K; c++)
        {
            if (type == CovarianceType.Diagonal)
            {
                for (var j = 0; j < D; j++)
                {
                    var v = covariances[c * D + j];
                    if (!(v > 0)) throw NotPositiveDefinite(c);
                    PrecisionFactors[c * D + j] = 1 / Math.Sqrt(v);
                    LogDetPrecision[c] -= 0.5 * Math.Log(v);
                }
            }
            else
            {
                var cov = Matrix<double>.Build.Dense(D, D, (a, b) => covariances[c * D * D + a * D + b]);
                Matrix<double> l;
                try { l = cov.Cholesky().Factor; }
                catch (ArgumentException) { throw NotPositiveDefinite(c); }
                var inv = l.Inverse();
                for (var a = 0; a < D; a++)
                {
                    if (!(l[a, a] > 0)) throw NotPositiveDefinite(c);
                    LogDetPrecision[c] -= Math.Log(l[a, a]);
                    for (var b = 0; b <= a; b++) PrecisionFactors[c * D * D + a * D + b] = inv[a, b];
                }
            }
        }
    }

    public CovarianceType Type { get; }
    public int D { get; }
    public int K { get; }
    public double[] Weights { get; }
    public double[] Means { get; }
    public double[] Covariances { get; }
    internal double[] LogWeights { get; }
    internal double[] PrecisionFactors { get; }
    internal double[] LogDetPrecision { get; }

    /// <summary>log(weight_c · N(x | mean_c, cov_c)) for every component c, into <paramref name="output"/>.</summary>
    public unsafe void WeightedLogDensities(ReadOnlySpan<double> x, Span<double> output, Span<double> scratch)
    {
        int d = D, k = K;
        var full = Type == CovarianceType.Full;
        // Pointers: this loop is the E-step's whole cost (n · k · d(d+1)/2 multiply-adds).
        fixed (double* px = x, pOut = output, diff = scratch, means = Means, prec = PrecisionFactors, logDet = LogDetPrecision, logW = LogWeights)
        {
            for (var c = 0; c < k; c++)
            {
                var mean = means + c * d;
                for (var j = 0; j < d; j++) diff[j] = px[j] - mean[j];
                var maha = 0.0;
                if (full)
                {
                    var p = prec + c * d * d;
                    for (var a = 0; a < d; a++)
                    {
                        var row = p + a * d;
                        var z = 0.0;
                        for (var b = 0; b <= a; b++) z += row[b] * diff[b];
                        maha += z * z;
                    }
                }
                else
                {
                    var p = prec + c * d;
                    for (var j = 0; j < d; j++) { var z = diff[j] * p[j]; maha += z * z; }
                }
                pOut[c] = -0.5 * (d * Log2Pi + maha) + logDet[c] + logW[c];
            }
        }
    }

    /// <summary>Turns log-values into probabilities in place (exp, normalised to sum 1) and returns
    /// log Σ exp(values), computing each exponential once.</summary>
    public static double NormaliseInPlace(Span<double> values)
    {
        var max = double.NegativeInfinity;
        foreach (var v in values) if (v > max) max = v;
        if (double.IsNegativeInfinity(max))
        {
            values.Fill(1.0 / values.Length);
            return max;
        }
        var sum = 0.0;
        for (var c = 0; c < values.Length; c++) { values[c] = Math.Exp(values[c] - max); sum += values[c]; }
        for (var c = 0; c < values.Length; c++) values[c] /= sum;
        return max + Math.Log(sum);
    }

    private ModelException NotPositiveDefinite(int c) =>
        new($"the covariance of mixture component {c + 1} is not positive definite (a component collapsed onto too few or identical rows). " +
            "Increase reg_covar, use fewer components or diagonal covariance, or scale the features.");
}
