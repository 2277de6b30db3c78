using SegmentationKit.Errors;

namespace SegmentationKit.Retention;

/// <summary>The Gaussian hypergeometric function where the sBG model needs it.</summary>
internal static class Hypergeometric
{
    /// <summary>₂F₁(a, b; c; z) = Σ_k (a)_k (b)_k / ((c)_k k!) z^k for 0 ≤ z &lt; 1, by its series. For
    /// the DERL (a = 1, c − b = α &gt; 0) the terms fall at least as fast as z^k, so the sum ends once a
    /// term no longer changes it; a discount rate near 0 (z near 1) needs more terms, not a different method.</summary>
    public static double TwoFOne(double a, double b, double c, double z)
    {
        if (!(z >= 0 && z < 1)) throw new ArgumentOutOfRangeException(nameof(z), z, "the series needs 0 ≤ z < 1");
        double sum = 1, term = 1;
        for (var k = 0; k < 50_000_000; k++)
        {
            term *= (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
            sum += term;
            if (term <= 1e-16 * sum) return sum;
        }
        throw new ModelException($"₂F₁({a}, {b}; {c}; {z}) did not converge", "use a larger discount rate per period");
    }
}
