using SegmentationKit.Errors;
using static MathNet.Numerics.SpecialFunctions;

namespace SegmentationKit.Profiling;

/// <summary>The BG/NBD model of repeat purchasing (Fader, Hardie &amp; Lee, "Counting your customers
/// the easy way", Marketing Science 24(2), 2005): while alive a customer buys at rate λ ~ Gamma(r, α);
/// after each purchase they drop out with probability p ~ Beta(a, b). Fitted by maximum likelihood.
/// Times are in the unit of the summary it was fitted on.</summary>
public sealed class BgNbdModel
{
    public BgNbdModel(BgNbdParameters parameters) => Parameters = parameters;

    public BgNbdParameters Parameters { get; }

    /// <summary>Fits the model to purchase summaries by maximum likelihood.</summary>
    /// <exception cref="ModelException">No customer made a repeat purchase (the dropout process cannot
    /// be estimated), or the fit does not converge.</exception>
    public static BgNbdModel Fit(IReadOnlyList<PurchaseHistory> customers)
    {
        if (customers.Count == 0)
            throw new ModelException("BG/NBD: there are no customers to fit. Fix: give a transaction log or summary with customers.");
        if (customers.All(c => c.Frequency == 0))
            throw new ModelException($"BG/NBD: none of the {customers.Count} customers made a repeat purchase, so repeat buying and " +
                "dropout cannot be estimated. Fix: use a longer observation period or a log with repeat orders.");
        // The likelihood depends only on (x, t_x, T): group identical summaries and weight them.
        var groups = customers.GroupBy(c => (c.Frequency, c.Recency, c.T))
            .Select(g => (g.Key.Frequency, g.Key.Recency, g.Key.T, Weight: (double)g.Count()))
            .OrderBy(g => g.Frequency).ThenBy(g => g.Recency).ThenBy(g => g.T)
            .ToArray();
        var meanT = customers.Average(c => c.T);
        var terms = new BgNbdLikelihoodTerms(groups);
        double Negative(double[] p) => -terms.LogLikelihood(p[0], p[1], p[2], p[3]) / customers.Count;
        double[] Gradient(double[] p)
        {
            var g = terms.NegativeGradient(p[0], p[1], p[2], p[3]);
            for (var k = 0; k < 4; k++) g[k] /= customers.Count;
            return g;
        }
        var (fit, iterations) = MaximumLikelihood.Fit("BG/NBD", Negative, [1, Math.Max(meanT, 1e-3), 1, 1], Gradient);
        var total = -Negative(fit) * customers.Count;
        return new BgNbdModel(new BgNbdParameters(fit[0], fit[1], fit[2], fit[3], total, customers.Count, iterations));
    }

    /// <summary>Log-likelihood of one customer (equation 6 of the paper, in logs).</summary>
    public static double LogLikelihood(double r, double alpha, double a, double b, double x, double tx, double t)
    {
        var a1 = GammaLn(r + x) - GammaLn(r) + r * Math.Log(alpha);
        var a2 = GammaLn(a + b) + GammaLn(b + x) - GammaLn(b) - GammaLn(a + b + x);
        var a3 = -(r + x) * Math.Log(alpha + t);
        if (x == 0) return a1 + a2 + a3;
        var a4 = Math.Log(a) - Math.Log(b + x - 1) - (r + x) * Math.Log(alpha + tx);
        var max = Math.Max(a3, a4);
        return a1 + a2 + max + Math.Log(Math.Exp(a3 - max) + Math.Exp(a4 - max));
    }

    /// <summary>Partial derivatives of <see cref="LogLikelihood"/> with respect to r, α, a and b.</summary>
    internal static double[] LogLikelihoodGradient(double r, double alpha, double a, double b, double x, double tx, double t)
    {
        var a3 = -(r + x) * Math.Log(alpha + t);
        // Weights of the two terms of the likelihood's sum: w4 is the share of "dropped out after the last purchase".
        var w4 = 0.0;
        if (x > 0)
        {
            var a4 = Math.Log(a) - Math.Log(b + x - 1) - (r + x) * Math.Log(alpha + tx);
            w4 = 1 / (1 + Math.Exp(a3 - a4));
        }
        var w3 = 1 - w4;
        var psiAb = DiGamma(a + b);
        var psiAbx = DiGamma(a + b + x);
        var dr = DiGamma(r + x) - DiGamma(r) + Math.Log(alpha) - w3 * Math.Log(alpha + t) - (x > 0 ? w4 * Math.Log(alpha + tx) : 0);
        var dAlpha = r / alpha - w3 * (r + x) / (alpha + t) - (x > 0 ? w4 * (r + x) / (alpha + tx) : 0);
        var da = psiAb - psiAbx + (x > 0 ? w4 / a : 0);
        var db = psiAb + DiGamma(b + x) - DiGamma(b) - psiAbx - (x > 0 ? w4 / (b + x - 1) : 0);
        return [dr, dAlpha, da, db];
    }

    /// <summary>Probability 0–1 that a customer with this history is still alive at T (equation 13).</summary>
    public double ProbabilityAlive(double frequency, double recency, double t)
    {
        if (frequency == 0) return 1;
        var (r, alpha, a, b) = (Parameters.R, Parameters.Alpha, Parameters.A, Parameters.B);
        var logRatio = Math.Log(a) - Math.Log(b + frequency - 1) + (r + frequency) * (Math.Log(alpha + t) - Math.Log(alpha + recency));
        return 1 / (1 + Math.Exp(logRatio));
    }

    /// <summary>Expected purchases in the next <paramref name="horizon"/> time units of a customer with
    /// this history (equation 10 of the paper).</summary>
    public double ExpectedPurchases(double horizon, double frequency, double recency, double t)
    {
        if (horizon <= 0) return 0;
        return ExpectedPurchasesNumerator(horizon, frequency, t) / ExpectedPurchasesDenominator(frequency, recency, t);
    }

    /// <summary>The numerator of equation 10: it depends on the history only through x and T, so
    /// customers sharing them share it (the hypergeometric series is the costly part).</summary>
    internal double ExpectedPurchasesNumerator(double horizon, double frequency, double t)
    {
        var (r, alpha, a, b) = (Parameters.R, Parameters.Alpha, Parameters.A, Parameters.B);
        var x = frequency;
        var z = horizon / (alpha + t + horizon);
        var hyp = Hypergeometric2F1(r + x, b + x, a + b + x - 1, z);
        return (a + b + x - 1) / (a - 1) * (1 - Math.Pow((alpha + t) / (alpha + t + horizon), r + x) * hyp);
    }

    /// <summary>The denominator of equation 10, which does not depend on the horizon.</summary>
    internal double ExpectedPurchasesDenominator(double frequency, double recency, double t)
    {
        var (r, alpha, a, b) = (Parameters.R, Parameters.Alpha, Parameters.A, Parameters.B);
        var x = frequency;
        return x > 0 ? 1 + a / (b + x - 1) * Math.Pow((alpha + t) / (alpha + recency), r + x) : 1;
    }

    /// <summary>Expected purchases of a new customer over <paramref name="horizon"/> time units (equation 9).</summary>
    public double ExpectedPurchasesOfNewCustomer(double horizon)
    {
        var (r, alpha, a, b) = (Parameters.R, Parameters.Alpha, Parameters.A, Parameters.B);
        var hyp = Hypergeometric2F1(r, b, a + b - 1, horizon / (alpha + horizon));
        return (a + b - 1) / (a - 1) * (1 - Math.Pow(alpha / (alpha + horizon), r) * hyp);
    }

    /// <summary>Gauss hypergeometric ₂F₁(a, b; c; z) for 0 ≤ z &lt; 1 by its power series.</summary>
    internal static double Hypergeometric2F1(double a, double b, double c, double z)
    {
        double term = 1, sum = 1;
        for (var k = 0; k < 1_000_000; k++)
        {
            term *= (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
            sum += term;
            if (Math.Abs(term) <= 1e-15 * Math.Abs(sum)) return sum;
        }
        throw new ModelException($"BG/NBD: the hypergeometric series did not converge (z = {z}). Fix: use a shorter horizon.");
    }
}
