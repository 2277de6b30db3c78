using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;
using SegmentationKit.Errors;

namespace SegmentationKit.Profiling;

/// <summary>Maximum-likelihood fitting of positive parameters: Nelder–Mead (MathNet.Numerics) on
/// the logarithms of the parameters, so every point tried is valid, restarted from its own optimum
/// until the likelihood stops improving (a single simplex run can stall before the optimum).</summary>
internal static class MaximumLikelihood
{
    public static (double[] Parameters, int Iterations) Fit(string model, Func<double[], double> negativeLogLikelihood, double[] start)
    {
        double Objective(Vector<double> logParams)
        {
            var p = logParams.Select(x => Math.Exp(x)).ToArray();
            var v = negativeLogLikelihood(p);
            // Outside the region where the likelihood is finite, steer the simplex back.
            return double.IsFinite(v) ? v : double.MaxValue / 4;
        }

        var point = Vector<double>.Build.DenseOfEnumerable(start.Select(x => Math.Log(x)));
        var best = Objective(point);
        var iterations = 0;
        for (var restart = 0; restart < 8; restart++)
        {
            MinimizationResult result;
            try
            {
                result = NelderMeadSimplex.Minimum(ObjectiveFunction.Value(Objective), point,
                    Vector<double>.Build.Dense(start.Length, 0.5), 1e-12, 20000);
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
}
