using SegmentationKit.Features;

namespace SegmentationKit.Clustering;

/// <summary>One EM run of a Gaussian mixture from a starting partition.</summary>
internal sealed class ExpectationMaximisation(FeatureMatrix x, GaussianMixtureOptions options)
{
    private readonly int _n = x.Rows;
    private readonly int _d = x.Columns;
    private readonly int _k = options.Components;

    /// <summary>Double-precision machine epsilon (2⁻⁵²), NumPy's finfo(float64).eps.</summary>
    private const double MachineEpsilon = 2.220446049250313e-16;

    public GaussianMixtureModel Run(int[] initialLabels)
    {
        var resp = new double[_n * _k];
        for (var i = 0; i < _n; i++) resp[i * _k + initialLabels[i]] = 1;
        var components = MaximisationStep(resp);

        var lowerBound = double.NegativeInfinity;
        var converged = false;
        var iterations = 0;
        for (var iteration = 1; iteration <= options.MaxIterations; iteration++)
        {
            iterations = iteration;
            var previous = lowerBound;
            lowerBound = ExpectationStep(components, resp);
            components = MaximisationStep(resp);
            if (Math.Abs(lowerBound - previous) < options.Tolerance) { converged = true; break; }
        }
        // The likelihood, responsibilities and labels reported are those of the final parameters.
        var meanLogLikelihood = ExpectationStep(components, resp);
        var labels = new int[_n];
        for (var i = 0; i < _n; i++) labels[i] = ArgMax(resp.AsSpan(i * _k, _k));
        var diagnostics = new List<string>();
        if (!converged)
            diagnostics.Add($"EM did not converge in {options.MaxIterations} iterations (tolerance {options.Tolerance} on the mean log-likelihood); raise max_iterations or the tolerance");
        var empty = _k - labels.Distinct().Count();
        if (empty > 0) diagnostics.Add($"{empty} component(s) are the most likely component of no row (listed last)");
        var order = ClusterOrder.ByFirstRow(labels, _k);
        var covBlock = components.Type == CovarianceType.Full ? _d * _d : _d;
        return new GaussianMixtureModel(components.Type, x.ColumnNames.ToArray(), ClusterOrder.Permute(components.Weights, order, 1),
            ClusterOrder.Permute(components.Means, order, _d), ClusterOrder.Permute(components.Covariances, order, covBlock),
            meanLogLikelihood, _n, iterations, converged, ClusterOrder.Relabel(labels, order), diagnostics);
    }

    /// <summary>Fills responsibilities from the current parameters; returns the mean log-likelihood per row.</summary>
    internal double ExpectationStep(GaussianComponents components, double[] resp)
    {
        var chunks = RowChunks.Count(_n);
        var partial = new double[chunks];
        Parallel.For(0, chunks, options.Parallelism, chunk =>
        {
            var (start, end) = RowChunks.Range(chunk, _n);
            var scratch = new double[_d];
            var sum = 0.0;
            for (var i = start; i < end; i++)
            {
                var row = resp.AsSpan(i * _k, _k);
                components.WeightedLogDensities(x.Row(i), row, scratch);
                sum += GaussianComponents.NormaliseInPlace(row);
            }
            partial[chunk] = sum;
        });
        var total = 0.0;
        foreach (var p in partial) total += p;
        return total / _n;
    }

    /// <summary>Weights, means and covariances from responsibilities (scikit-learn's M-step, with
    /// 10·ε added to each component's mass so an empty component does not divide by zero).</summary>
    internal GaussianComponents MaximisationStep(double[] resp)
    {
        int n = _n, d = _d, k = _k;
        var chunks = RowChunks.Count(n);
        var massParts = new double[chunks][];
        var sumParts = new double[chunks][];
        Parallel.For(0, chunks, options.Parallelism, chunk =>
        {
            var (start, end) = RowChunks.Range(chunk, n);
            var mass = new double[k];
            var sums = new double[k * d];
            for (var i = start; i < end; i++)
            {
                var row = x.Row(i);
                for (var c = 0; c < k; c++)
                {
                    var r = resp[i * k + c];
                    if (r == 0) continue;
                    mass[c] += r;
                    for (var j = 0; j < d; j++) sums[c * d + j] += r * row[j];
                }
            }
            massParts[chunk] = mass;
            sumParts[chunk] = sums;
        });
        var nk = new double[k];
        var means = new double[k * d];
        for (var chunk = 0; chunk < chunks; chunk++)
        {
            for (var c = 0; c < k; c++) nk[c] += massParts[chunk][c];
            for (var t = 0; t < k * d; t++) means[t] += sumParts[chunk][t];
        }
        for (var c = 0; c < k; c++)
        {
            nk[c] += 10 * MachineEpsilon;
            for (var j = 0; j < d; j++) means[c * d + j] /= nk[c];
        }

        var full = options.Covariance == CovarianceType.Full;
        var block = full ? d * d : d;
        var covParts = new double[chunks][];
        Parallel.For(0, chunks, options.Parallelism, chunk =>
        {
            var (start, end) = RowChunks.Range(chunk, n);
            var cov = new double[k * block];
            var diff = new double[d];
            for (var i = start; i < end; i++)
            {
                var row = x.Row(i);
                for (var c = 0; c < k; c++)
                {
                    var r = resp[i * k + c];
                    if (r == 0) continue;
                    for (var j = 0; j < d; j++) diff[j] = row[j] - means[c * d + j];
                    if (full)
                        AccumulateOuter(cov.AsSpan(c * block, block), diff, r);
                    else
                    {
                        for (var j = 0; j < d; j++) cov[c * block + j] += r * diff[j] * diff[j];
                    }
                }
            }
            covParts[chunk] = cov;
        });
        var covariances = new double[k * block];
        for (var chunk = 0; chunk < chunks; chunk++)
            for (var t = 0; t < covariances.Length; t++) covariances[t] += covParts[chunk][t];
        for (var c = 0; c < k; c++)
        {
            if (full)
            {
                for (var a = 0; a < d; a++)
                {
                    for (var b = 0; b <= a; b++)
                    {
                        var v = covariances[c * block + a * d + b] / nk[c];
                        covariances[c * block + a * d + b] = v;
                        covariances[c * block + b * d + a] = v;
                    }
                    covariances[c * block + a * d + a] += options.RegCovar;
                }
            }
            else
            {
                for (var j = 0; j < d; j++) covariances[c * block + j] = covariances[c * block + j] / nk[c] + options.RegCovar;
            }
        }
        var total = nk.Sum();
        var weights = nk.Select(m => m / total).ToArray();
        return new GaussianComponents(options.Covariance, d, weights, means, covariances);
    }

    /// <summary>target[a, b] += r · diff[a] · diff[b] for b ≤ a (the lower triangle; the M-step mirrors it).</summary>
    private static unsafe void AccumulateOuter(Span<double> target, double[] diff, double r)
    {
        var d = diff.Length;
        fixed (double* t = target, v = diff)
        {
            for (var a = 0; a < d; a++)
            {
                var ra = r * v[a];
                var row = t + a * d;
                for (var b = 0; b <= a; b++) row[b] += ra * v[b];
            }
        }
    }

    internal static int ArgMax(ReadOnlySpan<double> values)
    {
        var best = 0;
        for (var c = 1; c < values.Length; c++) if (values[c] > values[best]) best = c;
        return best;
    }
}
