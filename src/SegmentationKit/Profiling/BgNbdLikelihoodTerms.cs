using SegmentationKit.Numerics;
using static MathNet.Numerics.SpecialFunctions;

namespace SegmentationKit.Profiling;

/// <summary>The BG/NBD log-likelihood and its gradient summed over weighted groups of identical
/// (x, t_x, T). The gamma and digamma functions depend only on the frequency x, which takes few
/// values, so they are computed once per distinct x; a group then costs a few logarithms and
/// exponentials. Each group's term is the same expression as <see cref="BgNbdModel.LogLikelihood"/>
/// and <see cref="BgNbdModel.LogLikelihoodGradient"/> evaluated left to right with the cached parts
/// reused. Groups are added in fixed blocks, in parallel, and the block sums in order (see
/// <see cref="BlockSums"/>): below one block (32,768 groups) the sums are bit for bit those of the
/// per-group functions, and they never depend on the thread count.</summary>
internal sealed class BgNbdLikelihoodTerms
{
    private readonly (double Frequency, double Recency, double T, double Weight)[] _groups;
    private readonly int[] _xIndex;
    private readonly double[] _xs;
    // log(α + T) and log(α + t_x) of every group at the last α asked for: the optimiser asks for the
    // value and the gradient at the same point, so the logarithms are taken once for both.
    private readonly double[] _logAlphaT;
    private readonly double[] _logAlphaTx;
    private double _logsAlpha = double.NaN;
    private const int BlockSize = 1 << 15;

    public BgNbdLikelihoodTerms((double Frequency, double Recency, double T, double Weight)[] groups)
    {
        _groups = groups;
        _xIndex = new int[groups.Length];
        var indexOf = new Dictionary<double, int>();
        var xs = new List<double>();
        for (var i = 0; i < groups.Length; i++)
        {
            var x = groups[i].Frequency;
            if (!indexOf.TryGetValue(x, out var k))
            {
                indexOf[x] = k = xs.Count;
                xs.Add(x);
            }
            _xIndex[i] = k;
        }
        _xs = xs.ToArray();
        _logAlphaT = new double[groups.Length];
        _logAlphaTx = new double[groups.Length];
    }

    private void TakeLogs(double alpha)
    {
        if (alpha.Equals(_logsAlpha)) return;
        BlockSums.ForEachBlock(_groups.Length, BlockSize, (start, end) =>
        {
            for (var i = start; i < end; i++)
            {
                _logAlphaT[i] = Math.Log(alpha + _groups[i].T);
                _logAlphaTx[i] = Math.Log(alpha + _groups[i].Recency);
            }
        });
        _logsAlpha = alpha;
    }

    /// <summary>Σ weight × <see cref="BgNbdModel.LogLikelihood"/> over the groups.</summary>
    public double LogLikelihood(double r, double alpha, double a, double b)
    {
        var n = _xs.Length;
        var a1 = new double[n];
        var a2 = new double[n];
        var a4Head = new double[n];
        double gammaLnR = GammaLn(r), logAlpha = Math.Log(alpha), gammaLnAb = GammaLn(a + b), gammaLnB = GammaLn(b), logA = Math.Log(a);
        for (var k = 0; k < n; k++)
        {
            var x = _xs[k];
            a1[k] = GammaLn(r + x) - gammaLnR + r * logAlpha;
            a2[k] = gammaLnAb + GammaLn(b + x) - gammaLnB - GammaLn(a + b + x);
            a4Head[k] = logA - Math.Log(b + x - 1);
        }
        TakeLogs(alpha);
        return BlockSums.Sum(_groups.Length, BlockSize, (start, end) =>
        {
            double sum = 0;
            for (var i = start; i < end; i++)
            {
                var (x, _, _, weight) = _groups[i];
                var k = _xIndex[i];
                var a3 = -(r + x) * _logAlphaT[i];
                double term;
                if (x == 0) term = a1[k] + a2[k] + a3;
                else
                {
                    var a4 = a4Head[k] - (r + x) * _logAlphaTx[i];
                    var max = Math.Max(a3, a4);
                    term = a1[k] + a2[k] + max + Math.Log(Math.Exp(a3 - max) + Math.Exp(a4 - max));
                }
                sum += weight * term;
            }
            return sum;
        });
    }

    /// <summary>−Σ weight × <see cref="BgNbdModel.LogLikelihoodGradient"/> over the groups (r, α, a, b).</summary>
    public double[] NegativeGradient(double r, double alpha, double a, double b)
    {
        var n = _xs.Length;
        var drHead = new double[n];
        var daHead = new double[n];
        var dbHead = new double[n];
        var a4Head = new double[n];
        double psiR = DiGamma(r), logAlpha = Math.Log(alpha), psiAb = DiGamma(a + b), psiB = DiGamma(b), logA = Math.Log(a);
        for (var k = 0; k < n; k++)
        {
            var x = _xs[k];
            var psiAbx = DiGamma(a + b + x);
            drHead[k] = DiGamma(r + x) - psiR + logAlpha;
            daHead[k] = psiAb - psiAbx;
            dbHead[k] = psiAb + DiGamma(b + x) - psiB - psiAbx;
            a4Head[k] = logA - Math.Log(b + x - 1);
        }
        TakeLogs(alpha);
        return BlockSums.Sums(_groups.Length, BlockSize, 4, (start, end, g) =>
        {
            for (var i = start; i < end; i++)
            {
                var (x, tx, t, weight) = _groups[i];
                var k = _xIndex[i];
                var logAlphaT = _logAlphaT[i];
                var logAlphaTx = _logAlphaTx[i];
                var a3 = -(r + x) * logAlphaT;
                var w4 = 0.0;
                if (x > 0)
                {
                    var a4 = a4Head[k] - (r + x) * logAlphaTx;
                    w4 = 1 / (1 + Math.Exp(a3 - a4));
                }
                var w3 = 1 - w4;
                var dr = drHead[k] - w3 * logAlphaT - (x > 0 ? w4 * logAlphaTx : 0);
                var dAlpha = r / alpha - w3 * (r + x) / (alpha + t) - (x > 0 ? w4 * (r + x) / (alpha + tx) : 0);
                var da = daHead[k] + (x > 0 ? w4 / a : 0);
                var db = dbHead[k] - (x > 0 ? w4 / (b + x - 1) : 0);
                g[0] -= weight * dr;
                g[1] -= weight * dAlpha;
                g[2] -= weight * da;
                g[3] -= weight * db;
            }
        });
    }
}
