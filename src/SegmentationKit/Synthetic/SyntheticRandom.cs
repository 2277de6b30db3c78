namespace SegmentationKit.Synthetic;

/// <summary>xoshiro256** with its own stream per customer. Every customer draws from a generator
/// seeded by (seed, customer index) alone, so a customer's data never depends on the thread that
/// made it, on the chunk size or on how many customers come before it. Written out here rather than
/// using <see cref="Random"/> so the sequence can never change under us with a .NET version.</summary>
internal struct SyntheticRandom
{
    private ulong _s0, _s1, _s2, _s3;

    public SyntheticRandom(long seed, long stream)
    {
        var x = SplitMix(unchecked((ulong)seed)) ^ unchecked((ulong)stream * 0xD1B54A32D192ED03UL);
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    public ulong NextUInt64()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in (0, 1): safe to take the logarithm of.</summary>
    public double NextOpenDouble() => ((NextUInt64() >> 11) + 0.5) * (1.0 / (1UL << 53));

    /// <summary>Uniform integer in [0, n).</summary>
    public int NextInt(int n) => (int)(((NextUInt64() >> 32) * (ulong)n) >> 32);

    /// <summary>Uniform integer in [min, max] (both included).</summary>
    public int NextInt(int min, int max) => min + NextInt(max - min + 1);

    public double Uniform(double min, double max) => min + (max - min) * NextDouble();

    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>Standard normal (Box–Muller; one value per call keeps the stream simple to reason about).</summary>
    public double Normal()
    {
        var u1 = NextOpenDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    public double Normal(double mean, double sd) => mean + sd * Normal();

    /// <summary>Lognormal with the given median and log-scale spread.</summary>
    public double LogNormal(double median, double sigma) => median * Math.Exp(sigma * Normal());

    /// <summary>Pareto with scale 1 and tail index <paramref name="alpha"/> (values ≥ 1).</summary>
    public double Pareto(double alpha) => Math.Pow(NextOpenDouble(), -1.0 / alpha);

    public double Exponential(double mean) => -mean * Math.Log(NextOpenDouble());

    /// <summary>Gamma with unit scale (Marsaglia–Tsang; shape below 1 by the usual power boost).</summary>
    public double Gamma(double shape)
    {
        if (shape < 1.0) return Gamma(shape + 1.0) * Math.Pow(NextOpenDouble(), 1.0 / shape);
        var d = shape - 1.0 / 3.0;
        var c = 1.0 / Math.Sqrt(9.0 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = Normal();
                v = 1.0 + c * x;
            } while (v <= 0);
            v = v * v * v;
            var u = NextOpenDouble();
            if (u < 1.0 - 0.0331 * x * x * x * x) return d * v;
            if (Math.Log(u) < 0.5 * x * x + d * (1.0 - v + Math.Log(v))) return d * v;
        }
    }

    /// <summary>Beta with the given mean and concentration (a + b): continuous in (0, 1), so a share
    /// never piles up on a clipping bound.</summary>
    public double Beta(double mean, double concentration)
    {
        var x = Gamma(mean * concentration);
        var y = Gamma((1 - mean) * concentration);
        return x / (x + y);
    }

    /// <summary>Poisson count: exact (Knuth) for small means, rounded normal above 30 where the
    /// difference no longer matters for synthetic data.</summary>
    public int Poisson(double mean)
    {
        if (mean <= 0) return 0;
        if (mean > 30) return Math.Max(0, (int)Math.Round(Normal(mean, Math.Sqrt(mean))));
        var limit = Math.Exp(-mean);
        var k = 0;
        var p = NextDouble();
        while (p > limit)
        {
            k++;
            p *= NextDouble();
        }
        return k;
    }

    /// <summary>Negative binomial as a gamma–Poisson mixture: mean <paramref name="mean"/>, variance
    /// mean + mean² / shape. Small shapes give the long tail real order and ticket counts have.</summary>
    public int NegativeBinomial(double mean, double shape) =>
        mean <= 0 ? 0 : Poisson(mean * Gamma(shape) / shape);

    /// <summary>Index drawn with the given weights (need not sum to 1).</summary>
    public int Pick(ReadOnlySpan<double> weights)
    {
        var total = 0.0;
        foreach (var w in weights) total += w;
        var u = NextDouble() * total;
        for (var i = 0; i < weights.Length; i++)
        {
            u -= weights[i];
            if (u < 0) return i;
        }
        return weights.Length - 1;
    }

    private static ulong SplitMix(ulong x)
    {
        var state = x;
        return SplitMix(ref state);
    }

    private static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
