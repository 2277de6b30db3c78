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
        var segments = new List<SegmentDefinition>();
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var c = 0; c < k; c++)
        {
            var ranked = traits[c].OrderByDescending(t => Math.Abs(t.Z)).ThenBy(t => t.Text, StringComparer.Ordinal).ToArray();
            var name = ranked.Length == 0 || Math.Abs(ranked[0].Z) < 0.25
                ? "Typical customers"
                : Capitalise(string.Join(", ", ranked.Take(2).Where(t => Math.Abs(t.Z) >= 0.25).Select(t => t.Short)));
            var unique = name;
            for (var n = 2; !used.Add(unique); n++) unique = $"{name} ({n})";
            var share = labels.Length == 0 ? 0 : (double)sizes[c] / labels.Length;
            var description = string.Create(CultureInfo.InvariantCulture, $"{sizes[c]} customers ({share:0.#%})")
                              + (ranked.Length == 0 ? "." : ": " + string.Join("; ", ranked.Take(3).Select(t => t.Text)) + ".");
            segments.Add(new SegmentDefinition($"c{c + 1}", unique, description, $"{definitionPrefix} {c + 1} of {k}"));
        }
        return segments;
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
