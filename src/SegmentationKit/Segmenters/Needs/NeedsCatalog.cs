using System.Globalization;
using SegmentationKit.Data;
using SegmentationKit.Features;

namespace SegmentationKit.Segmenters.Needs;

/// <summary>Names needs segments by the needs their members rate furthest above the average
/// respondent, and describes them with the scores.</summary>
internal static class NeedsCatalog
{
    public const string NoAnswerId = "no_answer";

    public static List<SegmentDefinition> Build(IReadOnlyList<string> columns, FeatureMatrix x, int[] labels, int k,
        double[] overall, int topNeeds, int customers)
    {
        var segments = new List<SegmentDefinition>();
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var c = 0; c < k; c++)
        {
            var members = Enumerable.Range(0, x.Rows).Where(i => labels[i] == c).ToArray();
            var mean = Enumerable.Range(0, x.Columns).Select(j => members.Length == 0 ? overall[j] : members.Average(i => x[i, j])).ToArray();
            // Needs ranked by how far above the average respondent this segment rates them; ties by column order.
            var ranked = Enumerable.Range(0, x.Columns).OrderByDescending(j => mean[j] - overall[j]).ThenBy(j => j).ToArray();
            var top = ranked.Where(j => mean[j] - overall[j] > 0.05).Take(topNeeds).ToArray();
            var name = top.Length == 0 ? "Needs: none above average" : "Needs: " + string.Join(", ", top.Select(j => NeedName(columns[j])));
            for (var extra = topNeeds; used.Contains(name) && extra < ranked.Length; extra++)
                name = "Needs: " + string.Join(", ", ranked.Take(extra + 1).Select(j => NeedName(columns[j])));
            var unique = name;
            for (var n = 2; !used.Add(unique); n++) unique = $"{name} ({n})";
            var lowest = ranked[^1];
            var described = top.Length == 0 ? ranked.Take(1).ToArray() : top;
            var description = string.Create(CultureInfo.InvariantCulture,
                $"{members.Length} customers ({(double)members.Length / customers:0.#%}) who rate ") +
                string.Join(" and ", described.Select(j => string.Create(CultureInfo.InvariantCulture, $"{NeedName(columns[j])} {mean[j]:0.0} ({overall[j]:0.0} on average)"))) +
                " highest" +
                (lowest == described[^1] ? "." : string.Create(CultureInfo.InvariantCulture, $"; least {NeedName(columns[lowest])} {mean[lowest]:0.0} ({overall[lowest]:0.0})."));
            var definition = "mean scores: " + string.Join(", ", Enumerable.Range(0, x.Columns)
                .Select(j => string.Create(CultureInfo.InvariantCulture, $"{NeedName(columns[j])} {mean[j]:0.00}")));
            segments.Add(new SegmentDefinition($"needs_{c + 1}", unique, description, definition));
        }
        return segments;
    }

    public static SegmentDefinition NoAnswerSegment(int count, int answeredNone, int customers) => new(
        NoAnswerId, "No answer",
        string.Create(CultureInfo.InvariantCulture,
            $"{count} customers ({(double)count / Math.Max(1, customers):0.#%}) who did not answer every needs question ({answeredNone} answered none, {count - answeredNone} some): their needs are unknown, so they are not clustered."),
        "at least one need_* answer missing");

    /// <summary>"need_mobile_access" → "mobile access".</summary>
    public static string NeedName(string column) =>
        (column.StartsWith(CustomerColumns.NeedPrefix, StringComparison.Ordinal) ? column[CustomerColumns.NeedPrefix.Length..] : column).Replace('_', ' ');
}
