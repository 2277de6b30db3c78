namespace SegmentationKit.Retention;

/// <summary>What a group of customers (a cohort, a segment) shows about renewals, by period since
/// signup: how many were lost at the start of period t (their T = t) and how many are still active
/// after being observed for exactly t periods (right-censored: their T &gt; t, nothing more is known).
/// One cohort followed for n periods has lost(t) = active(t − 1) − active(t) and censored(n) = active(n);
/// customers who signed up at different dates are censored at different ages, and each contributes
/// to the likelihood only the periods it was observed for. Immutable.</summary>
public sealed class RenewalCounts
{
    /// <param name="name">The cohort or segment.</param>
    /// <param name="lost">lost[t] for t = 0 … n; lost[0] must be 0 (nobody is lost before their first period ends).</param>
    /// <param name="censored">censored[t] for t = 0 … n: active customers observed for exactly t periods.</param>
    public RenewalCounts(string name, IReadOnlyList<long> lost, IReadOnlyList<long> censored)
    {
        if (lost.Count != censored.Count || lost.Count == 0) throw new ArgumentException("lost and censored need one value per period 0 … n");
        if (lost[0] != 0) throw new ArgumentException("nobody can be lost in period 0");
        if (lost.Any(x => x < 0) || censored.Any(x => x < 0)) throw new ArgumentException("counts cannot be negative");
        Name = name;
        Lost = lost.ToArray();
        Censored = censored.ToArray();
        Customers = Lost.Sum() + Censored.Sum();
    }

    public string Name { get; }
    /// <summary>Customers lost at the start of period t (T = t), t = 0 … <see cref="Periods"/>.</summary>
    public IReadOnlyList<long> Lost { get; }
    /// <summary>Active customers observed for exactly t periods, t = 0 … <see cref="Periods"/>.</summary>
    public IReadOnlyList<long> Censored { get; }
    /// <summary>The longest observation, in periods.</summary>
    public int Periods => Lost.Count - 1;
    public long Customers { get; }

    /// <summary>One cohort's active counts by period, active[0] the starting count.</summary>
    public static RenewalCounts FromActiveCounts(string name, IReadOnlyList<long> active)
    {
        var lost = new long[active.Count];
        var censored = new long[active.Count];
        for (var t = 1; t < active.Count; t++) lost[t] = active[t - 1] - active[t];
        censored[^1] = active[^1];
        return new RenewalCounts(name, lost, censored);
    }

    /// <summary>Customers at risk at the start of period t: observed to be active in period t − 1 and
    /// observed long enough to know whether they renewed for period t.</summary>
    public long AtRisk(int t)
    {
        long n = 0;
        for (var k = t; k <= Periods; k++) n += Lost[k] + Censored[k];
        return n;
    }

    /// <summary>The observed survival curve S(0) … S(n) (Kaplan–Meier: the product of the observed
    /// period-on-period retention among customers at risk). For one cohort observed for n periods it
    /// is active(t) / active(0); with censoring it uses each customer only for the periods observed.
    /// NaN after a period where nobody was at risk.</summary>
    public double[] ObservedSurvival()
    {
        var s = new double[Periods + 1];
        s[0] = 1;
        long lostSoFar = 0, censoredBefore = Censored[0];
        for (var t = 1; t <= Periods; t++)
        {
            var atRisk = AtRisk(t);
            lostSoFar += Lost[t];
            // Before the first censoring the product is a plain ratio: compute it as one, so a
            // cohort's 289 of 1,000 reads 0.289, not 0.28900000000000003.
            s[t] = atRisk == 0 ? double.NaN
                : censoredBefore == 0 ? (double)(Customers - lostSoFar) / Customers
                : s[t - 1] * (1 - (double)Lost[t] / atRisk);
            censoredBefore += Censored[t];
        }
        return s;
    }

    /// <summary>Observed period-on-period retention r(t) = 1 − lost(t) / at risk(t), t = 1 … n (NaN where nobody was at risk).</summary>
    public double ObservedRetention(int t)
    {
        var atRisk = AtRisk(t);
        return atRisk == 0 ? double.NaN : 1 - (double)Lost[t] / atRisk;
    }
}
