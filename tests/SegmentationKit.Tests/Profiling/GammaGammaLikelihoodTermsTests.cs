using SegmentationKit.Profiling;

namespace SegmentationKit.Tests.Profiling;

/// <summary>The Gamma-Gamma likelihood summed in parallel blocks of customers: equal to the
/// customer-by-customer sum of the model's own per-customer formula (up to rounding), and the same
/// bits on every call whatever the threads did.</summary>
public class GammaGammaLikelihoodTermsTests
{
    private static (double X, double M)[] Customers(int n)
    {
        var random = new Random(5);
        return Enumerable.Range(0, n).Select(_ => ((double)random.Next(1, 30), 5 + random.NextDouble() * 200)).ToArray();
    }

    [Fact]
    public void Log_likelihood_and_gradient_over_many_blocks_equal_the_per_customer_sums()
    {
        var data = Customers(100_000); // four blocks of 32,768 customers
        var terms = new GammaGammaLikelihoodTerms(data);
        double p = 6.25, q = 3.74, v = 15.44;
        double expected = 0, gp = 0, gq = 0, gv = 0;
        foreach (var (x, m) in data)
        {
            expected += GammaGammaModel.LogLikelihood(p, q, v, x, m);
            var g = GammaGammaModel.LogLikelihoodGradient(p, q, v, x, m);
            (gp, gq, gv) = (gp + g.P, gq + g.Q, gv + g.V);
        }
        terms.LogLikelihood(p, q, v).Should().BeApproximately(expected, Math.Abs(expected) * 1e-12);
        var gradient = terms.Gradient(p, q, v);
        gradient.P.Should().BeApproximately(gp, Math.Abs(gp) * 1e-9 + 1e-6);
        gradient.Q.Should().BeApproximately(gq, Math.Abs(gq) * 1e-9 + 1e-6);
        gradient.V.Should().BeApproximately(gv, Math.Abs(gv) * 1e-9 + 1e-6);
    }

    [Fact]
    public void Repeated_evaluations_give_the_same_bits()
    {
        var data = Customers(100_000);
        var first = new GammaGammaLikelihoodTerms(data);
        var second = new GammaGammaLikelihoodTerms(data);
        for (var i = 0; i < 5; i++)
        {
            second.LogLikelihood(2 + i, 3, 10 + i).Should().Be(first.LogLikelihood(2 + i, 3, 10 + i));
            second.Gradient(2 + i, 3, 10 + i).Should().Be(first.Gradient(2 + i, 3, 10 + i));
        }
    }
}
