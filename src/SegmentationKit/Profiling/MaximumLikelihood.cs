using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;
using SegmentationKit.Errors;

namespace SegmentationKit.Profiling;

/// <summary>Maximum-likelihood fitting of positive parameters, on their logarithms so every point
/// tried is valid. With an analytic gradient, BFGS (MathNet.Numerics) runs first; Nelder–Mead
/// (MathNet.Numerics), restarted from its own optimum until the likelihood stops improving, is used
/// when there is no gradient or BFGS stops short (a failed line search, a non-finite value).</summary>
internal static class MaximumLikelihood
{
    /// <param name="negativeLogLikelihood">Mean negative log-likelihood at the natural parameters.</param>
    /// <param name="gradient">Its gradient with respect to the natural parameters, or null.</param>
    public static (double[] Parameters, int Iterations) Fit(string model, Func<double[], double> negativeLogLikelihood, double[] start,
        Func<double[], double[]>? gradient = null)
    {
        double Objective(Vector<double> logParams)
        {
            var v = negativeLogLikelihood(logParams.Select(x => Math.Exp(x)).ToArray());
            // Outside the region where the likelihood is finite, steer the simplex back.
            return double.IsFinite(v) ? v : double.MaxValue / 4;
        }

        var point = Vector<double>.Build.DenseOfEnumerable(start.Select(x => Math.Log(x)));
        var iterations = 0;
        const double perturbation = 0.5;
        if (gradient is not null)
        {
            // When BFGS stops short (a failed line search, often on a likelihood that keeps rising
            // towards infinite parameters) the simplex starts again from the start point: from where
            // BFGS got stuck it can wander along the ridge without converging.
            // First as close to the maximum as BFGS gets; where that tight run fails (a likelihood
            // that keeps rising along a ridge, as on a handful of customers), the looser stop the kit
            // always accepted.
            foreach (var tolerance in new[] { 1e-10, 1e-6 })
                if (TryBfgs(negativeLogLikelihood, gradient, point, tolerance, out var found, out iterations))
                    return (found.Select(x => Math.Exp(x)).ToArray(), iterations);
        }

        var best = Objective(point);
        for (var restart = 0; restart < 8; restart++)
        {
            MinimizationResult result;
            try
            {
                result = NelderMeadSimplex.Minimum(ObjectiveFunction.Value(Objective), point,
                    Vector<double>.Build.Dense(start.Length, perturbation), 1e-12, 20000);
            }
            catch (MaximumIterationsException)
            {
                throw new ModelException($"{model}: the maximum-likelihood fit did not converge in 20,000 iterations. " +
                    "Fix: check the data (e.g. extreme values) or use a larger sample.");
            }
            iterations += result.Iterations;
            var improved = best - result.FunctionInfoAtMinimum.Value;
            point = result.MinimizingPoint;
            best = result.FunctionInfoAtMinimum.Value;
            if (restart > 0 && Math.Abs(improved) <= 1e-10 * (1 + Math.Abs(best))) break;
        }
        if (!double.IsFinite(best) || best >= double.MaxValue / 8)
            throw new ModelException($"{model}: the likelihood is not finite at any parameters tried. Fix: check the data.");
        return (point.Select(x => Math.Exp(x)).ToArray(), iterations);
    }

    private static bool TryBfgs(Func<double[], double> f, Func<double[], double[]> gradient, Vector<double> start, double tolerance,
        out Vector<double> point, out int iterations)
    {
        point = start;
        iterations = 0;
        var finite = true;
        var objective = ObjectiveFunction.Gradient(logParams =>
        {
            var p = logParams.Select(x => Math.Exp(x)).ToArray();
            var value = f(p);
            var g = gradient(p);
            // Chain rule for the log parameterisation: ∂f/∂log θ = θ · ∂f/∂θ.
            var gLog = Vector<double>.Build.Dense(p.Length, i => g[i] * p[i]);
            if (!double.IsFinite(value) || gLog.Any(x => !double.IsFinite(x))) finite = false;
            return (value, gLog);
        });
        try
        {
            var result = new BfgsMinimizer(tolerance, 1e-14, 1e-14, 2000).FindMinimum(objective, start);
            if (!finite || result.MinimizingPoint.Any(x => !double.IsFinite(x))) return false;
            point = result.MinimizingPoint;
            iterations = result.Iterations;
            // Asked for a gradient of 1e-10, BFGS goes as close to the maximum as the line search
            // allows (on CDNOW: within 1e-6 relative of SciPy's, so figures quoted to four decimals
            // are the maximum's). A stop short of that is accepted where the mean log-likelihood no
            // longer moves with the log-parameters (1e-4 per unit changes no prediction).
            return result.FunctionInfoAtMinimum.Gradient.InfinityNorm() < 1e-4;
        }
        catch (Exception e) when (e.GetType().Namespace?.StartsWith("MathNet.Numerics", StringComparison.Ordinal) == true || e is ArgumentException)
        {
            return false;
        }
    }
}
