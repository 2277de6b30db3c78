using MathNet.Numerics;
using SegmentationKit.Errors;
using SegmentationKit.Profiling;

namespace SegmentationKit.Retention;

/// <summary>Fits α and β of the <see cref="ShiftedBetaGeometric"/> model by maximum likelihood, on
/// their logarithms (the kit's <see cref="MaximumLikelihood"/>: BFGS with the analytic gradient, the
/// simplex as a fallback), from α = β = 1 as the paper's spreadsheet does.</summary>
public static class ShiftedBetaGeometricFitter
{
    public static RetentionFit Fit(RenewalCounts counts)
    {
        if (counts.Lost.Sum() == 0)
            throw new ModelException($"retention '{counts.Name}': no customer was lost, so the churn rate cannot be estimated (the likelihood grows without bound as α → 0)",
                "fit a group with observed churn, or follow it for more periods");
        var survivedOnePeriod = counts.Customers - counts.Lost[1] - counts.Censored[0];
        if (survivedOnePeriod <= 0)
            throw new ModelException($"retention '{counts.Name}': no customer was seen renewing, so retention cannot be estimated",
                "fit a group with at least one renewal");
        var total = (double)counts.Customers;
        double Objective(double[] p) => -new ShiftedBetaGeometric(p[0], p[1]).LogLikelihood(counts) / total;
        double[] Gradient(double[] p) => Scale(LogLikelihoodGradient(counts, p[0], p[1]), -1 / total);
        var (parameters, iterations) = MaximumLikelihood.Fit($"sBG retention '{counts.Name}'", Objective, [1.0, 1.0], Gradient);
        var model = new ShiftedBetaGeometric(parameters[0], parameters[1]);
        return new RetentionFit(counts, model, model.LogLikelihood(counts), iterations);
    }

    /// <summary>∂LL/∂α and ∂LL/∂β from ln P(T = t) = ln B(α + 1, β + t − 1) − ln B(α, β) and
    /// ln S(t) = ln B(α, β + t) − ln B(α, β), with ∂ ln B(a, b)/∂a = ψ(a) − ψ(a + b).</summary>
    internal static double[] LogLikelihoodGradient(RenewalCounts counts, double a, double b)
    {
        double ga = 0, gb = 0;
        var psiA = SpecialFunctions.DiGamma(a);
        var psiB = SpecialFunctions.DiGamma(b);
        var psiAb = SpecialFunctions.DiGamma(a + b);
        for (var t = 1; t <= counts.Periods; t++)
        {
            var psiAbt = SpecialFunctions.DiGamma(a + b + t);
            if (counts.Lost[t] > 0)
            {
                ga += counts.Lost[t] * (1 / a - psiAbt + psiAb);
                gb += counts.Lost[t] * (SpecialFunctions.DiGamma(b + t - 1) - psiAbt - psiB + psiAb);
            }
            if (counts.Censored[t] > 0)
            {
                ga += counts.Censored[t] * (psiAb - psiAbt);
                gb += counts.Censored[t] * (SpecialFunctions.DiGamma(b + t) - psiAbt - psiB + psiAb);
            }
        }
        return [ga, gb];
    }

    private static double[] Scale(double[] v, double k) => v.Select(x => x * k).ToArray();
}
