using SegmentationKit.Profiling;

namespace SegmentationKit.Segmenters.ValueTiers;

/// <summary>Warns when a share-based tier ends up far from its target share. Equal values stay in
/// one tier (the tie rule), so a base where many customers share the value at a cut can put 80 % of
/// them in the "20 %" tier, or leave a tier empty. A tier is flagged when it is empty, or when its
/// size differs from the target by more than half the target and by more than one customer.</summary>
internal static class TierShareCheck
{
    public static IReadOnlyList<LocalisedText> Warnings(ValueTierModel model, double[] values, string[] tierOfCustomer, IReadOnlyList<string> tierIds)
    {
        var present = values.Count(v => !double.IsNaN(v));
        if (present == 0) return [];
        var position = tierIds.Select((id, j) => (id, j)).ToDictionary(p => p.id, p => p.j, StringComparer.Ordinal);
        var counts = new int[tierIds.Count];
        foreach (var id in tierOfCustomer)
            if (position.TryGetValue(id, out var j)) counts[j]++;
        var warnings = new List<LocalisedText>();
        for (var j = 0; j < model.Tiers.Count; j++)
        {
            var target = model.Shares[j] * present;
            var gap = Math.Abs(counts[j] - target);
            if (counts[j] > 0 && (gap <= 0.5 * target || gap <= 1)) continue;
            var actual = (double)counts[j] / present;
            var name = model.Tiers[j];
            var tied = TiedAtThreshold(model, values, j);
            var en = $"Value tier '{name}' holds {NarrativeText.Percent(actual, false)} of the {NarrativeText.Number(present, 0, false)} customers with a known {model.Column} " +
                     $"({NarrativeText.Number(counts[j], 0, false)}), for a target of {NarrativeText.Percent(model.Shares[j], false)}";
            var fr = $"Le palier de valeur « {name} » regroupe {NarrativeText.Percent(actual, true)} des {NarrativeText.Number(present, 0, true)} clients dont {model.Column} est connu " +
                     $"({NarrativeText.Number(counts[j], 0, true)}), pour une cible de {NarrativeText.Percent(model.Shares[j], true)}";
            if (tied is { } t)
            {
                en += $": {NarrativeText.Number(t.Count, 0, false)} customers share the value {NarrativeText.Number(t.Value, t.Value == Math.Round(t.Value) ? 0 : 2, false)} at a tier threshold, and equal values always stay in one tier.";
                fr += $"\u00A0: {NarrativeText.Number(t.Count, 0, true)} clients ont la même valeur {NarrativeText.Number(t.Value, t.Value == Math.Round(t.Value) ? 0 : 2, true)} à un seuil de palier, et des valeurs égales restent toujours dans le même palier.";
            }
            else
            {
                en += ": the values differ from those the tiers were fitted on, or too few customers have a value.";
                fr += "\u00A0: les valeurs diffèrent de celles sur lesquelles les paliers ont été ajustés, ou trop peu de clients ont une valeur.";
            }
            warnings.Add(new LocalisedText(en, fr));
        }
        return warnings;
    }

    /// <summary>The threshold bounding tier <paramref name="tier"/> (above or below) that the most
    /// customers share, when more than one customer sits on it.</summary>
    private static (double Value, int Count)? TiedAtThreshold(ValueTierModel model, double[] values, int tier)
    {
        (double Value, int Count)? best = null;
        foreach (var j in new[] { tier - 1, tier })
        {
            if (j < 0 || j >= model.Thresholds.Count || !double.IsFinite(model.Thresholds[j])) continue;
            var threshold = model.Thresholds[j];
            var count = values.Count(v => v == threshold);
            if (count > 1 && (best is null || count > best.Value.Count)) best = (threshold, count);
        }
        return best;
    }
}
