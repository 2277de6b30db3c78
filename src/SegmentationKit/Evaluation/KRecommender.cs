using System.Globalization;

namespace SegmentationKit.Evaluation;

/// <summary>The recommendation rule of a k sweep, kept deliberately simple so a reader can redo it:
/// <list type="number">
/// <item>Five criteria each name their k: highest silhouette, highest Calinski–Harabasz, lowest
/// Davies–Bouldin, lowest BIC, and the elbow of inertia (the k whose drop in inertia most exceeds the
/// next k's drop: the largest ratio drop(k) / drop(k + 1), inside the range).</item>
/// <item>Candidates are the k whose bootstrap stability is at least the minimum (0.8 by default);
/// if none is, or stability was not measured, every k is a candidate.</item>
/// <item>The candidate with the most votes wins; ties go to the higher silhouette, then the smaller k.</item>
/// <item>A recommended k whose smallest cluster holds under 2 % of the rows carries a caution.</item>
/// <item>When BIC votes for a larger k than the one recommended, the reasoning says why BIC tends to
/// over-count (its spherical, equal-spread model) instead of weighing it less in secret.</item>
/// </list></summary>
public static class KRecommender
{
    /// <summary>Share of the rows under which a recommended k's smallest cluster draws a caution.</summary>
    public const double SmallClusterShare = 0.02;

    public static KRecommendation Recommend(IReadOnlyList<KSweepRow> rows, double minimumStability, int totalRows)
    {
        var votes = new Dictionary<string, int>(StringComparer.Ordinal);
        void Vote(string criterion, Func<KSweepRow, double> value, bool highest)
        {
            var finite = rows.Where(r => double.IsFinite(value(r))).ToList();
            if (finite.Count == 0) return;
            votes[criterion] = (highest ? finite.OrderByDescending(value) : finite.OrderBy(value)).ThenBy(r => r.K).First().K;
        }
        Vote("silhouette", r => r.Silhouette, true);
        Vote("calinski_harabasz", r => r.CalinskiHarabasz, true);
        Vote("davies_bouldin", r => r.DaviesBouldin, false);
        Vote("bic", r => r.Bic, false);
        if (Elbow(rows) is { } elbow) votes["elbow"] = elbow;

        var measured = rows.Any(r => double.IsFinite(r.Stability));
        var stable = rows.Where(r => r.Stability >= minimumStability).ToList();
        var candidates = measured && stable.Count > 0 ? stable : rows.ToList();
        int Count(KSweepRow r) => votes.Values.Count(k => k == r.K);
        var ranked = candidates.OrderByDescending(Count).ThenByDescending(r => double.IsFinite(r.Silhouette) ? r.Silhouette : double.MinValue).ThenBy(r => r.K).ToList();
        var best = ranked[0];

        var reasons = new List<string> { $"k = {best.K}: {Describe(best, votes)}" };
        if (ranked.Count > 1)
            reasons.Add($"Runner-up k = {ranked[1].K}: {Describe(ranked[1], votes)}");
        foreach (var set in rows.Where(r => measured && !candidates.Contains(r) && votes.Values.Contains(r.K)))
            reasons.Add(Invariant($"Set aside k = {set.K} ({string.Join(", ", votes.Where(v => v.Value == set.K).Select(v => Label(v.Key)))}): its stability {set.Stability:0.00} is below {minimumStability:0.00}, so its clusters change from resample to resample"));
        if (measured && stable.Count == 0)
            reasons.Add(Invariant($"No k reaches a stability of {minimumStability:0.00}: the data may have no clear cluster structure; treat any k as a convenience, not a finding"));
        if (votes.TryGetValue("bic", out var bicK) && bicK > best.K)
            reasons.Add($"The BIC vote (k = {bicK}) assumes round clusters of one shared spread (the X-means model); elongated or unequal clusters, " +
                        "common after standard scaling, keep lowering it as k grows, so read its k as an upper bound rather than an estimate");
        if (best.SmallestCluster < SmallClusterShare * totalRows)
            reasons.Add(Invariant($"Caution: at k = {best.K} the smallest cluster holds {best.SmallestCluster:N0} of {totalRows:N0} rows ({(double)best.SmallestCluster / totalRows:0.#%}), likely outliers; log1p heavy-tailed columns or scale robustly before trusting it"));
        return new KRecommendation(best.K, votes, reasons);
    }

    /// <summary>The k with the largest ratio of its inertia drop to the next k's drop; null below 3 values of k.</summary>
    internal static int? Elbow(IReadOnlyList<KSweepRow> rows)
    {
        int? best = null;
        var bestRatio = 0.0;
        for (var i = 1; i + 1 < rows.Count; i++)
        {
            var drop = rows[i - 1].Inertia - rows[i].Inertia;
            var next = rows[i].Inertia - rows[i + 1].Inertia;
            var ratio = next > 0 ? drop / next : drop > 0 ? double.PositiveInfinity : 0;
            if (ratio > bestRatio) { bestRatio = ratio; best = rows[i].K; }
        }
        return best;
    }

    private static string Describe(KSweepRow r, IReadOnlyDictionary<string, int> votes)
    {
        var won = votes.Where(v => v.Value == r.K).Select(v => Label(v.Key)).ToList();
        var criteria = won.Count == 0 ? "preferred by no criterion" : $"{string.Join(", ", won)} ({won.Count} of {votes.Count} criteria)";
        var stability = double.IsFinite(r.Stability) ? Invariant($", stability {r.Stability:0.00}") : "";
        return Invariant($"{criteria}; silhouette {r.Silhouette:0.000}{stability}, smallest cluster {r.SmallestCluster:N0} {(r.SmallestCluster == 1 ? "row" : "rows")}");
    }

    private static string Label(string criterion) => criterion switch
    {
        "silhouette" => "highest silhouette",
        "calinski_harabasz" => "highest Calinski–Harabasz",
        "davies_bouldin" => "lowest Davies–Bouldin",
        "bic" => "lowest BIC",
        "elbow" => "elbow of inertia",
        _ => criterion,
    };

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
