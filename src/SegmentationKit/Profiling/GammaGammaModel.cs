using SegmentationKit.Errors;
using static MathNet.Numerics.SpecialFunctions;

namespace SegmentationKit.Profiling;

/// <summary>The Gamma-Gamma model of spend per transaction (Fader, Hardie &amp; Lee, "RFM and CLV:
/// using iso-value curves for customer base analysis", JMR 42(4), 2005; as in the lifetimes package):
/// a customer's transaction values are Gamma(p, ν) around their own mean, ν ~ Gamma(q, γ). Fitted
/// by maximum likelihood on the customers with at least one repeat purchase, whose mean repeat
/// spend is the data. <see cref="GammaGammaParameters.V"/> is γ.</summary>
public sealed class GammaGammaModel
{
    public GammaGammaModel(GammaGammaParameters parameters) => Parameters = parameters;

    public GammaGammaParameters Parameters { get; }

    /// <summary>Customers the model can be fitted on: a repeat purchase and a positive mean spend.</summary>
    public static bool IsUsable(PurchaseHistory c) => c.Frequency > 0 && c.MonetaryValue > 0 && double.IsFinite(c.MonetaryValue);

    /// <summary>Repeat buyers the fit leaves out because their mean repeat spend is zero (or not a
    /// finite number): the model's spend is Gamma-distributed, so it needs a positive value.</summary>
    public static int LeftOutRepeatBuyers(IReadOnlyList<PurchaseHistory> customers) =>
        customers.Count(c => c.Frequency > 0 && !IsUsable(c));

    /// <summary>The note that says how many repeat buyers <see cref="LeftOutRepeatBuyers"/> leaves
    /// out, or null when none.</summary>
    public static LocalisedText? LeftOutNote(IReadOnlyList<PurchaseHistory> customers) =>
        LeftOutRepeatBuyers(customers) is var n and > 0
            ? new($"{n} repeat buyer(s) have a mean repeat spend of zero, so the Gamma-Gamma spend model is fitted without them; their expected spend is still the model’s estimate given that zero.",
                $"{NarrativeText.Number(n, 0, true)} client(s) ayant racheté ont une dépense moyenne de rachat nulle\u00A0: le modèle de dépense Gamma-Gamma est ajusté sans eux, et leur dépense attendue reste l’estimation du modèle compte tenu de ce zéro.")
            : null;

    /// <exception cref="ModelException">Fewer than two customers with a repeat purchase and a positive spend.</exception>
    public static GammaGammaModel Fit(IReadOnlyList<PurchaseHistory> customers)
    {
        var data = customers.Where(IsUsable).Select(c => (X: c.Frequency, M: c.MonetaryValue)).ToArray();
        if (data.Length < 2)
            throw new ModelException($"Gamma-Gamma: {data.Length} customer(s) have a repeat purchase with a positive value; at least 2 are " +
                "needed to estimate spend. Fix: use a longer observation period or a log with repeat orders.");
        var terms = new GammaGammaLikelihoodTerms(data);
        double Negative(double[] p) => -terms.LogLikelihood(p[0], p[1], p[2]) / data.Length;
        double[] Gradient(double[] p)
        {
            var (dp, dq, dv) = terms.Gradient(p[0], p[1], p[2]);
            return [-dp / data.Length, -dq / data.Length, -dv / data.Length];
        }
        var (fit, iterations) = MaximumLikelihood.Fit("Gamma-Gamma", Negative, [1, 1, 1], Gradient);
        return new GammaGammaModel(new GammaGammaParameters(fit[0], fit[1], fit[2], -Negative(fit) * data.Length, data.Length, iterations));
    }

    /// <summary>Log-likelihood of a customer's mean repeat spend <paramref name="m"/> over
    /// <paramref name="x"/> repeat purchases (the lifetimes package's form).</summary>
    public static double LogLikelihood(double p, double q, double v, double x, double m) =>
        GammaLn(p * x + q) - GammaLn(p * x) - GammaLn(q) + q * Math.Log(v) + (p * x - 1) * Math.Log(m)
        + p * x * Math.Log(x) - (p * x + q) * Math.Log(x * m + v);

    /// <summary>Partial derivatives of <see cref="LogLikelihood"/> with respect to p, q and v.</summary>
    internal static (double P, double Q, double V) LogLikelihoodGradient(double p, double q, double v, double x, double m)
    {
        var psiSum = DiGamma(p * x + q);
        var logTotal = Math.Log(x * m + v);
        return (x * (psiSum - DiGamma(p * x) + Math.Log(m) + Math.Log(x) - logTotal),
                psiSum - DiGamma(q) + Math.Log(v) - logTotal,
                q / v - (p * x + q) / (x * m + v));
    }

    /// <summary>Mean spend per transaction of the population, p·γ ÷ (q − 1); NaN (undefined) when
    /// q ≤ 1, where the fitted distribution of mean spends has no finite mean.</summary>
    public double PopulationMeanSpend =>
        Parameters.Q > 1 ? Parameters.P * Parameters.V / (Parameters.Q - 1) : double.NaN;

    /// <summary>Expected spend per transaction of a customer with <paramref name="frequency"/> repeat
    /// purchases of mean value <paramref name="monetaryValue"/>: (p(γ + x·m̄)) ÷ (p·x + q − 1);
    /// the population mean when the customer has no repeat purchase (NaN when that is undefined).</summary>
    public double ExpectedAverageSpend(double frequency, double monetaryValue)
    {
        var (p, q, v) = (Parameters.P, Parameters.Q, Parameters.V);
        if (frequency <= 0 || !double.IsFinite(monetaryValue)) return PopulationMeanSpend;
        var denominator = p * frequency + q - 1;
        // With q < 1 a customer with very few purchases has no finite posterior mean either.
        return denominator > 0 ? p * (v + frequency * monetaryValue) / denominator : double.NaN;
    }
}
