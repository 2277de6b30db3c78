using System.Globalization;
using SegmentationKit.Data;

namespace SegmentationKit.Segmenters.Clusters;

/// <summary>Names and describes clusters by what sets them apart: for each numeric or yes/no column,
/// how far the cluster's mean is from the overall mean in overall standard deviations; for each
/// category, how much more common it is in the cluster. The two strongest traits name the segment,
/// the three strongest describe it, in the column's own units.</summary>
internal static class ClusterCatalog
{
    public static IReadOnlyList<SegmentDefinition> Build(CustomerTable table, IReadOnlyList<string> columns, int[] labels, int k, string definitionPrefix)
    {
        var traits = Enumerable.Range(0, k).Select(_ => new List<Trait>()).ToArray();
        var sizes = new int[k];
        foreach (var l in labels) sizes[l]++;
        foreach (var name in columns)
        {
            switch (table[name])
            {
                case NumericColumn num:
                    AddNumeric(traits, labels, k, Humanise(name), i => num[i], false);
                    break;
                case BooleanColumn b:
                    AddNumeric(traits, labels, k, Humanise(name), i => b[i] is { } v ? (v ? 1 : 0) : double.NaN, true);
                    break;
                case CategoricalColumn cat:
                    AddCategories(traits, labels, k, Humanise(name), cat);
                    break;
            }
        }
        // Clusters are named strongest first (largest |z| of any trait), so the most distinct cluster
        // keeps its natural name; a later cluster whose two strongest traits are already a name (in
        // any order) is named by the strongest pair of its traits not yet taken.
        var ranked = traits.Select(t => t.Where(x => Math.Abs(x.Z) >= 0.25)
            .OrderByDescending(x => Math.Abs(x.Z)).ThenBy(x => x.Text, StringComparer.Ordinal).ToArray()).ToArray();
        var allRanked = traits.Select(t => t.OrderByDescending(x => Math.Abs(x.Z)).ThenBy(x => x.Text, StringComparer.Ordinal).ToArray()).ToArray();
        var order = Enumerable.Range(0, k).OrderByDescending(c => ranked[c].Length == 0 ? 0 : Math.Abs(ranked[c][0].Z)).ThenBy(c => c).ToArray();
        var names = new string[k];
        var usedPairs = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in order)
        {
            var name = ranked[c].Length == 0 ? "Typical customers" : Capitalise(string.Join(", ", PickPair(ranked[c], usedPairs).Select(t => t.Short)));
            var unique = name;
            for (var n = 2; !used.Add(unique); n++) unique = $"{name} ({n})";
            names[c] = unique;
        }
        var segments = new List<SegmentDefinition>();
        for (var c = 0; c < k; c++)
        {
            var share = labels.Length == 0 ? 0 : (double)sizes[c] / labels.Length;
            var description = string.Create(CultureInfo.InvariantCulture, $"{sizes[c]} customers ({share:0.#%})")
                              + (allRanked[c].Length == 0 ? "." : ": " + string.Join("; ", allRanked[c].Take(3).Select(t => t.Text)) + ".");
            segments.Add(new SegmentDefinition($"c{c + 1}", names[c], description, $"{definitionPrefix} {c + 1} of {k}"));
        }
        return segments;
    }

    /// <summary>The strongest two traits whose pair (in either order) no earlier name uses, strongest
    /// first; the top two when every pair is taken, the one trait when there is one.</summary>
    private static IReadOnlyList<Trait> PickPair(Trait[] ranked, HashSet<string> usedPairs)
    {
        if (ranked.Length == 1) return ranked;
        static string Key(Trait a, Trait b) => string.CompareOrdinal(a.Short, b.Short) < 0 ? a.Short + "\u001f" + b.Short : b.Short + "\u001f" + a.Short;
        for (var i = 0; i < ranked.Length; i++)
            for (var j = i + 1; j < ranked.Length; j++)
                if (usedPairs.Add(Key(ranked[i], ranked[j])))
                    return [ranked[i], ranked[j]];
        return [ranked[0], ranked[1]];
    }

    private static void AddNumeric(List<Trait>[] traits, int[] labels, int k, string label, Func<int, double> value, bool share)
    {
        var sums = new double[k];
        var counts = new int[k];
        double total = 0, totalSq = 0;
        var n = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            var v = value(i);
            if (double.IsNaN(v)) continue;
            sums[labels[i]] += v;
            counts[labels[i]]++;
            total += v;
            totalSq += v * v;
            n++;
        }
        if (n == 0) return;
        var mean = total / n;
        var sd = Math.Sqrt(Math.Max(0, totalSq / n - mean * mean));
        if (sd <= 1e-12 * Math.Max(1, Math.Abs(mean))) return;
        for (var c = 0; c < k; c++)
        {
            if (counts[c] == 0) continue;
            var m = sums[c] / counts[c];
            var z = (m - mean) / sd;
            var word = z >= 0 ? "high" : "low";
            var text = share
                ? string.Create(CultureInfo.InvariantCulture, $"{label} {m:0%} vs {mean:0%} overall")
                : string.Create(CultureInfo.InvariantCulture, $"{label} {Format(m)} vs {Format(mean)} overall");
            traits[c].Add(new Trait(z, $"{word} {label}", text));
        }
    }

    private static void AddCategories(List<Trait>[] traits, int[] labels, int k, string label, CategoricalColumn cat)
    {
        var counts = new int[k, cat.Levels.Count];
        var sizes = new int[k];
        var overall = new int[cat.Levels.Count];
        var n = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            var code = cat.Codes[i];
            if (code < 0) continue;
            counts[labels[i], code]++;
            sizes[labels[i]]++;
            overall[code]++;
            n++;
        }
        for (var l = 0; l < cat.Levels.Count; l++)
        {
            var p = (double)overall[l] / Math.Max(1, n);
            if (p <= 0 || p >= 1) continue;
            var sd = Math.Sqrt(p * (1 - p));
            for (var c = 0; c < k; c++)
            {
                if (sizes[c] == 0) continue;
                var pc = (double)counts[c, l] / sizes[c];
                var z = (pc - p) / sd;
                // Only over-represented categories describe a cluster; "fewer X" rarely helps a reader.
                if (z <= 0) continue;
                traits[c].Add(new Trait(z, $"{cat.Levels[l]} {label}",
                    string.Create(CultureInfo.InvariantCulture, $"{cat.Levels[l]} {label} for {pc:0%} vs {p:0%} overall")));
            }
        }
    }

    internal static string Humanise(string column) => column.Replace('_', ' ');

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static string Format(double v) => Math.Abs(v) >= 100 ? v.ToString("#,0", CultureInfo.InvariantCulture)
        : Math.Abs(v) >= 10 ? v.ToString("0.0", CultureInfo.InvariantCulture) : v.ToString("0.00", CultureInfo.InvariantCulture);

    private sealed record Trait(double Z, string Short, string Text);
}
