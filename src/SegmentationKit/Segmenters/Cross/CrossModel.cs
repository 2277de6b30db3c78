using System.Globalization;
using SegmentationKit.Errors;

namespace SegmentationKit.Segmenters.Cross;

/// <summary>A fitted crossed segmentation: the fitted parts and the mapping of every product cell to
/// its final segment. Cells no training customer fell in are not listed; they map to "Other". <see cref="Merges"/> lists every cell merged away on the training customers and
/// <see cref="Warnings"/> every small cell kept; both are also written into the segmentation's
/// parameters (<c>merges</c>, <c>small_segments</c>). Immutable.</summary>
public sealed class CrossModel : ISegmentationModel
{
    public static SegmentDefinition Other { get; } = new("other", "Other", "Cells below the minimum size, merged together.", "merged small cells");

    private readonly IReadOnlyDictionary<string, string> _target;

    private CrossModel(IReadOnlyList<ISegmentationModel> parts, IReadOnlyList<SegmentDefinition> catalog, IReadOnlyDictionary<string, string> target,
        IReadOnlyList<SegmentMerge> merges, IReadOnlyList<string> warnings, CrossOptions options)
    {
        Parts = parts;
        Catalog = catalog;
        _target = target;
        Merges = merges;
        Warnings = warnings;
        Options = options;
    }

    /// <summary>A fitted model read back from its saved form (model.json): the parts, the catalog and
    /// the segment of every product cell, as <see cref="CellTargets"/> gave them.</summary>
    public static CrossModel Restore(IReadOnlyList<ISegmentationModel> parts, IReadOnlyList<SegmentDefinition> catalog,
        IReadOnlyDictionary<string, string> cellTargets, IReadOnlyList<SegmentMerge> merges, IReadOnlyList<string> warnings, CrossOptions options) =>
        new(parts, catalog, new Dictionary<string, string>(cellTargets, StringComparer.Ordinal), merges, warnings, options);

    public string Method => "cross";

    /// <summary>The final segment id of every product cell; a cell's id is its parts' segment ids
    /// joined by "." in part order (see <see cref="CellId"/>).</summary>
    public IReadOnlyDictionary<string, string> CellTargets => _target;
    public IReadOnlyList<ISegmentationModel> Parts { get; }
    public IReadOnlyList<SegmentDefinition> Catalog { get; }
    public IReadOnlyList<SegmentMerge> Merges { get; }
    public IReadOnlyList<string> Warnings { get; }
    public CrossOptions Options { get; }

    public Segmentation Assign(SegmentationData data)
    {
        var parts = Parts.Select(p => p.Assign(data)).ToArray();
        var n = data.Customers.RowCount;
        var segments = new string[n];
        for (var i = 0; i < n; i++)
        {
            var cell = CellId(parts.Select(p => p.SegmentIds[i]));
            segments[i] = _target.TryGetValue(cell, out var t) ? t
                : throw new ModelException($"cross: cell '{cell}' was not in the fitted catalog. Fix: refit the crossed segmentation on data that includes it");
        }
        var parameters = new Dictionary<string, string>
        {
            ["parts"] = string.Join(" × ", Parts.Select(p => p.Method)),
            ["policy"] = Options.Policy switch
            {
                SmallSegmentPolicy.Warn => "warn",
                SmallSegmentPolicy.MergeIntoOther => "merge_into_other",
                _ => "merge_into_nearest",
            },
            ["minimum_count"] = Options.MinimumCount.ToString(CultureInfo.InvariantCulture),
            ["minimum_revenue_share"] = Options.MinimumRevenueShare.ToString("R", CultureInfo.InvariantCulture),
            ["merges"] = Merges.Count == 0 ? "none" : string.Join("; ", Merges.Select(Describe)),
        };
        if (Options.MinimumRevenueShare > 0) parameters["revenue_column"] = Options.RevenueColumn;
        if (Warnings.Count > 0) parameters["small_segments"] = string.Join("; ", Warnings);
        for (var k = 0; k < parts.Length; k++)
            foreach (var (key, value) in parts[k].Parameters)
                parameters[$"part{k + 1}.{parts[k].Method}.{key}"] = value;
        return new Segmentation(Method, parameters, data.AsOf, Catalog, data.Customers.CustomerIds, segments);
    }

    /// <summary>"Large · Public → Large · Services (3 customers, 1.2 % of revenue)".</summary>
    public static string Describe(SegmentMerge m) =>
        $"{m.FromName} → {m.IntoName} ({m.Customers} customer{(m.Customers == 1 ? "" : "s")}" +
        (double.IsNaN(m.RevenueShare) ? ")" : $", {m.RevenueShare.ToString("0.##%", CultureInfo.InvariantCulture)} of revenue)");

    internal static string CellId(IEnumerable<string> partIds) => string.Join(".", partIds);

    /// <summary>Every combination of the parts' segments, in catalog order (first part slowest).</summary>
    internal static IReadOnlyList<CrossCell> ProductCells(IReadOnlyList<SegmentDefinition>[] catalogs)
    {
        var cells = new List<CrossCell> { new("", "", "", [], [], []) };
        foreach (var catalog in catalogs)
        {
            var next = new List<CrossCell>();
            foreach (var c in cells)
                for (var j = 0; j < catalog.Count; j++)
                {
                    var s = catalog[j];
                    var first = c.PartIds.Count == 0;
                    next.Add(new CrossCell(first ? s.Id : $"{c.Id}.{s.Id}", first ? s.Name : $"{c.Name} · {s.Name}",
                        first ? s.Definition : $"{c.Definition}; {s.Definition}", [.. c.PartIds, s.Id], [.. c.PartPositions, j], [.. c.PartNames, s.Name]));
                }
            cells = next;
        }
        return cells;
    }

    internal static CrossModel Settle(IReadOnlyList<ISegmentationModel> parts, IReadOnlyList<CrossCell> cells, int[] counts, double[] shares,
        bool[] small, CrossOptions options)
    {
        var target = new Dictionary<string, string>(StringComparer.Ordinal);
        var merges = new List<SegmentMerge>();
        var warnings = new List<string>();
        var catalog = new List<SegmentDefinition>();
        string Size(int c) => $"{counts[c]} customer{(counts[c] == 1 ? "" : "s")}" +
                              (double.IsNaN(shares[c]) ? "" : $", {shares[c].ToString("0.##%", CultureInfo.InvariantCulture)} of revenue");

        // Cells no training customer falls in are not listed (a product of segmentations is mostly
        // empty); they map to "Other", so a new customer landing in one still gets a segment.
        var hasEmpty = counts.Any(c => c == 0);
        var mergedInto = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var extra = new List<SegmentDefinition>();
        var kept = new List<int>();
        for (var c = 0; c < cells.Count; c++)
            if (counts[c] > 0 && (!small[c] || options.Policy == SmallSegmentPolicy.Warn))
                kept.Add(c);
        var keptSet = kept.ToHashSet();
        var usesOther = hasEmpty;
        for (var c = 0; c < cells.Count; c++)
        {
            if (keptSet.Contains(c))
            {
                target[cells[c].Id] = cells[c].Id;
                if (small[c]) warnings.Add($"{cells[c].Name} is below the minimum size ({Size(c)})");
                continue;
            }
            SegmentDefinition into = Other;
            if (options.Policy == SmallSegmentPolicy.MergeIntoNearest)
            {
                var parent = cells[c].PartIds[0];
                var nearest = kept.Where(k => cells[k].PartIds[0] == parent)
                    .OrderBy(k => Distance(cells[c], cells[k])).ThenByDescending(k => counts[k]).ThenBy(k => k)
                    .Select(k => (int?)k).FirstOrDefault();
                if (nearest is { } k)
                    into = new SegmentDefinition(cells[k].Id, cells[k].Name, "", "");
                else if (counts[c] > 0)
                {
                    var parentName = cells[c].PartNames[0];
                    // A part may have a segment called "other" itself; the merged cell must not take its id.
                    var id = $"{parent}.other";
                    while (cells.Any(x => x.Id == id)) id += "_merged";
                    into = extra.FirstOrDefault(e => e.Id == id)
                           ?? new SegmentDefinition(id, $"{parentName} · Other",
                               $"Small cells of {parentName}, merged together.", $"merged small cells of {parentName}") { Path = [parentName, "Other"] };
                    if (!extra.Contains(into)) extra.Add(into);
                }
            }
            if (into == Other) usesOther = true;
            target[cells[c].Id] = into.Id;
            if (counts[c] > 0)
            {
                merges.Add(new SegmentMerge(cells[c].Id, cells[c].Name, into.Id, into.Name, counts[c], shares[c]));
                if (!mergedInto.TryGetValue(into.Id, out var list)) mergedInto[into.Id] = list = new List<string>();
                list.Add(cells[c].Name);
            }
        }
        foreach (var k in kept)
        {
            var def = cells[k].Definition;
            if (mergedInto.TryGetValue(cells[k].Id, out var from)) def += $"; plus merged: {string.Join(", ", from)}";
            catalog.Add(new SegmentDefinition(cells[k].Id, cells[k].Name, $"Customers in {cells[k].Name}.", def) { Path = cells[k].PartNames });
        }
        foreach (var e in extra)
            catalog.Add(mergedInto.TryGetValue(e.Id, out var from) ? e with { Definition = $"merged: {string.Join(", ", from)}" } : e);
        if (usesOther)
        {
            var notes = new List<string>();
            if (mergedInto.TryGetValue(Other.Id, out var from)) notes.Add($"merged: {string.Join(", ", from)}");
            if (hasEmpty) notes.Add("cells without training customers");
            catalog.Add(Other with { Description = "Small cells merged together, and cells no training customer fell in.", Definition = string.Join("; ", notes) });
        }
        return new CrossModel(parts, catalog, target, merges, warnings, options);
    }

    // Catalog positions of the non-parent parts: ordered segmentations (tiers, bands, scores) keep
    // neighbours next to each other, so the closest position is the most similar segment.
    private static int Distance(CrossCell a, CrossCell b)
    {
        var d = 0;
        for (var p = 1; p < a.PartPositions.Count; p++) d += Math.Abs(a.PartPositions[p] - b.PartPositions[p]);
        return d;
    }
}
