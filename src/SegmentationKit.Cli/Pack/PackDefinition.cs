using System.Globalization;
using SegmentationKit.Cli.Infrastructure;
using SegmentationKit.Data;
using SegmentationKit.Errors;
using SegmentationKit.Segmenters.Configuration;
using SegmentationKit.Tracking;

namespace SegmentationKit.Cli.Pack;

/// <summary>A pack's pipeline file (<c>segkit run PIPELINE.yaml</c>): data sources and column mapping,
/// the methods with their configuration, the snapshot schedule and the reports. Read with the kit's
/// bounded YAML reader; every unknown key, missing key or bad value is a <see cref="ConfigurationException"/>
/// naming the file, key and line. Paths are relative to the working folder, as on the command line.
/// <code>
/// data:      { customers: C.csv, transactions: T.csv, mapping: map.yaml, dialect: auto, encoding: utf-8 }
/// snapshots: { every: quarter, from: 2025-10-01, until: 2026-06-30 }   # or dates: [2025-12-31, 2026-06-30]
/// methods:
///   - method: rfm
///   - { method: value, name: value-tiers, config: seg.yaml, set: { value.mode: plan } }
///   - { method: kmeans, k: 5, seed: 42, frozen: true }
/// reports:   { cultures: [en-GB, fr-FR], branding: brand.yaml, creation_date: 2026-07-01 }
/// </code></summary>
public sealed record PackDefinition(
    string File,
    string CustomersPath,
    string? TransactionsPath,
    string? MappingPath,
    CsvDialect Dialect,
    string? Encoding,
    IReadOnlyList<DateOnly> Snapshots,
    IReadOnlyList<PackMethod> Methods,
    IReadOnlyList<CultureInfo> Cultures,
    string? BrandingPath,
    DateOnly? CreationDate)
{
    /// <summary>Most methods in one pack: each is a tracked series of full segmentations.</summary>
    public const int MaxMethods = 20;

    public static PackDefinition Load(string path)
    {
        var root = ConfigNode.Load(path);
        if (!root.IsMapping) throw root.Error("the pipeline must be a mapping of sections", "start with 'data:', 'snapshots:', 'methods:' and 'reports:'");
        root.AllowOnly("data", "snapshots", "methods", "reports");

        var data = root.Required("data");
        data.AllowOnly("customers", "transactions", "mapping", "dialect", "encoding");
        var dialect = data.Optional("dialect")?.Text() ?? "auto";
        if (dialect is not ("auto" or "standard" or "french")) throw data.Required("dialect").Error($"'{dialect}' is not a dialect", "write auto, standard or french");

        var methods = new List<PackMethod>();
        foreach (var item in root.Required("methods").Items())
        {
            if (!item.IsMapping) throw item.Error("each method is a mapping", "write '- method: rfm' (with name:, config:, set:, k:, seed:, frozen:, playbook: as needed)");
            item.AllowOnly("method", "name", "config", "set", "k", "seed", "frozen", "playbook");
            var method = item.Required("method").Text();
            if (SegmentMethods.All.All(m => m.Name != method))
                throw item.Required("method").Error($"'{method}' is not a segmentation method", $"use one of: {string.Join(", ", SegmentMethods.All.Select(m => m.Name))}");
            var name = item.Optional("name")?.Text() ?? method;
            if (name.Length == 0 || name.IndexOfAny(['/', '\\']) >= 0 || name is "." or ".." or "reports" || name.Any(char.IsControl))
                throw item.Error($"'{name}' cannot be a folder name", "give name: a plain word such as rfm-quarterly (not 'reports')");
            if (methods.Any(m => m.Name == name))
                throw item.Error($"two methods are named '{name}'", "give each method its own name:");
            var settings = item.Optional("set")?.Entries().ToDictionary(e => e.Key, e => e.Value.Text(), StringComparer.Ordinal) ?? new Dictionary<string, string>();
            methods.Add(new PackMethod(name, method, item.Optional("config")?.Text(), settings, item.Optional("k")?.Integer(),
                item.Optional("seed")?.Integer() ?? 42, item.Optional("frozen")?.Boolean() ?? false, item.Optional("playbook")?.Text()));
        }
        if (methods.Count == 0) throw root.Required("methods").Error("no method given", "list at least one, e.g. '- method: rfm'");
        if (methods.Count > MaxMethods) throw root.Required("methods").Error($"{methods.Count} methods; a pack may have at most {MaxMethods}", "split the pack in two");

        var reports = root.Optional("reports");
        reports?.AllowOnly("cultures", "branding", "creation_date");
        var cultures = (reports?.Optional("cultures")?.Items() ?? []).Select(c =>
        {
            try { return Commands.ReportCommand.Culture(c.Text()); }
            catch (ConfigurationException e) { throw c.Error(e.Problem, e.Fix); }
        }).ToList();

        return new PackDefinition(path, data.Required("customers").Text(), data.Optional("transactions")?.Text(), data.Optional("mapping")?.Text(),
            DataOptions.ParseDialect(dialect), data.Optional("encoding")?.Text(), Schedule(root.Required("snapshots")), methods, cultures,
            reports?.Optional("branding")?.Text(), reports?.Optional("creation_date")?.Date());
    }

    private static IReadOnlyList<DateOnly> Schedule(ConfigNode node)
    {
        node.AllowOnly("dates", "every", "from", "until");
        try
        {
            if (node.Optional("dates") is { } dates)
            {
                if (node.Has("every")) throw node.Error("both dates: and every: are given", "give either the dates or a schedule (every:, from:, until:)");
                return SnapshotSchedule.Of(dates.Items().Select(d => d.Date()).ToList(), "snapshots.dates");
            }
            var every = node.Required("every");
            return SnapshotSchedule.Every(SnapshotSchedule.ParseFrequency(every.Text(), "snapshots.every"), node.Required("from").Date(), node.Required("until").Date(), "snapshots");
        }
        catch (ConfigurationException e) when (e.File is null)
        {
            throw node.Error(e.Problem, e.Fix);
        }
    }
}
