using SegmentationKit.Numerics;
using static MathNet.Numerics.SpecialFunctions;

namespace SegmentationKit.Profiling;

/// <summary>The Gamma-Gamma log-likelihood and its gradient summed over many customers. The
/// gamma and digamma functions depend only on the frequency, which takes few values, so they are
/// computed once per distinct frequency; each customer then costs one logarithm. Every customer's
/// term is the same expression as <see cref="GammaGammaModel.LogLikelihood"/> evaluated left to
/// right, with the cached parts reused; the terms are added in fixed blocks of customers, in
/// parallel, and the block sums in order, so the sums do not depend on the thread count (and
/// differ from a customer-by-customer sum only by rounding).</summary>
internal sealed class GammaGammaLikelihoodTerms
{
    private readonly double[] _x;
    private readonly double[] _xm;
    private readonly double[] _logM;
    private readonly int[] _group;
    private readonly double[] _groupX;
    private readonly double[] _groupLogX;
    // log(x·m + v) of every customer at the last v asked for: the optimiser asks for the value and the
    // gradient at the same point, so the logarithms (most of the cost) are taken once for both.
    private readonly double[] _logTotal;
    private double _logTotalV = double.NaN;
    // Customers are summed in fixed blocks (in parallel), then the block sums in block order (see
    // BlockSums); below one block, 32,768 customers, the sums are the customer-by-customer ones.
    private const int BlockSize = 1 << 15;

    public GammaGammaLikelihoodTerms((double X, double M)[] data)
    {
        var n = data.Length;
        _x = new double[n];
        _xm = new double[n];
        _logM = new double[n];
        _group = new int[n];
        var groupOf = new Dictionary<double, int>();
        var groupX = new List<double>();
        for (var i = 0; i < n; i++)
        {
            var (x, m) = data[i];
            _x[i] = x;
            _xm[i] = x * m;
            _logM[i] = Math.Log(m);
            if (!groupOf.TryGetValue(x, out var g))
            {
                groupOf[x] = g = groupX.Count;
                groupX.Add(x);
            }
            _group[i] = g;
        }
        _groupX = groupX.ToArray();
        _logTotal = new double[n];
        _groupLogX = _groupX.Select(x => Math.Log(x)).ToArray();
    }

    /// <summary>Σ of <see cref="GammaGammaModel.LogLikelihood"/> over the customers.</summary>
    public double LogLikelihood(double p, double q, double v)
    {
        var groups = _groupX.Length;
        var head = new double[groups];
        var px = new double[groups];
        var pxLogX = new double[groups];
        var logV = Math.Log(v);
        var gammaLnQ = GammaLn(q);
        for (var g = 0; g < groups; g++)
        {
            var x = _groupX[g];
            px[g] = p * x;
            head[g] = GammaLn(p * x + q) - GammaLn(p * x) - gammaLnQ + q * logV;
            pxLogX[g] = p * x * _groupLogX[g];
        }
        var logTotal = LogTotals(v);
        return BlockSums.Sum(_x.Length, BlockSize, (start, end) =>
        {
            double sum = 0;
            for (var i = start; i < end; i++)
            {
                var g = _group[i];
                sum += head[g] + (px[g] - 1) * _logM[i] + pxLogX[g] - (px[g] + q) * logTotal[i];
            }
            return sum;
        });
    }

    /// <summary>Σ of <see cref="GammaGammaModel.LogLikelihoodGradient"/> over the customers.</summary>
    public (double P, double Q, double V) Gradient(double p, double q, double v)
    {
        var groups = _groupX.Length;
        var psiDifference = new double[groups];
        var qHead = new double[groups];
        var px = new double[groups];
        var logV = Math.Log(v);
        var psiQ = DiGamma(q);
        for (var g = 0; g < groups; g++)
        {
            var x = _groupX[g];
            px[g] = p * x;
            var psiSum = DiGamma(p * x + q);
            psiDifference[g] = psiSum - DiGamma(p * x);
            qHead[g] = psiSum - psiQ + logV;
        }
        var qOverV = q / v;
        var logTotals = LogTotals(v);
        var sums = BlockSums.Sums(_x.Length, BlockSize, 3, (start, end, into) =>
        {
            double gp = 0, gq = 0, gv = 0;
            for (var i = start; i < end; i++)
            {
                var g = _group[i];
                var x = _x[i];
                var total = _xm[i] + v;
                var logTotal = logTotals[i];
                gp += x * (psiDifference[g] + _logM[i] + _groupLogX[g] - logTotal);
                gq += qHead[g] - logTotal;
                gv += qOverV - (px[g] + q) / total;
            }
            (into[0], into[1], into[2]) = (gp, gq, gv);
        });
        return (sums[0], sums[1], sums[2]);
    }

    private double[] LogTotals(double v)
    {
        if (v.Equals(_logTotalV)) return _logTotal;
        // Each logarithm lands in its own slot, so splitting the work over threads changes no bit.
        BlockSums.ForEachBlock(_xm.Length, BlockSize, (start, end) =>
        {
            for (var i = start; i < end; i++) _logTotal[i] = Math.Log(_xm[i] + v);
        });
        _logTotalV = v;
        return _logTotal;
    }
}
