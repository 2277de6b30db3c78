using System.Globalization;
using SegmentationKit.Cli.Infrastructure;
using SegmentationKit.Errors;
using SegmentationKit.Evaluation;
using SegmentationKit.IO;
using SegmentationKit.Reports;
using SegmentationKit.Segmenters.Configuration;
using SegmentationKit.Tracking;

namespace SegmentationKit.Cli.Pack;

/// <summary>Runs a whole pack into one output folder: every method tracked over the schedule
/// (<c>NAME/yyyy-mm-dd/</c>, <c>NAME/tracking.json</c>, <c>NAME/trends.json</c>, as <c>segkit track</c>
/// writes them), the reports of every method's last snapshot with what moved since the one before in
/// each culture (<c>reports/CULTURE/</c>, as <c>segkit report</c> writes them), and one
/// <c>manifest.json</c> with every input's hash and the kit's version.</summary>
public static class PackRun
{
    public const string ReportsFolder = "reports";

    /// <summary>The files written, relative to the output, and the tracked series by method name.</summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<(string Name, TrackedSeries Series)> Series) Write(PackDefinition pack, OutputFolder output)
    {
        var encoding = TextInput.Choose(pack.Encoding, "data.encoding");
        var loaded = DataOptions.LoadFiles(pack.CustomersPath, pack.TransactionsPath, pack.MappingPath, lenient: false, asOf: null, pack.Dialect, encoding, output);
        var written = new List<string>();
        var extraInputs = new List<string> { pack.File };
        var series = new List<(string Name, TrackedSeries Series)>();
        foreach (var m in pack.Methods)
        {
            var method = SegmentMethods.Find(m.Method);
            if (method.NeedsTransactions && loaded.Transactions is null)
                throw new ConfigurationException(pack.File, $"methods.{m.Name}", $"method {m.Method} needs the transaction log", "add 'transactions:' under data:");
            if (m.K is not null && !method.TakesSegmentCount)
                throw new ConfigurationException(pack.File, $"methods.{m.Name}.k", $"method {m.Method} does not take a number of segments (its configuration decides them)", "leave k: out");
            var playbook = m.PlaybookPath is null ? null : Profiling.Playbook.Playbook.FromConfig(ConfigNode.Load(m.PlaybookPath));
            var run = new TrackRun(method, loaded, snapshot => new SegmentRunContext(snapshot, m.ConfigPath, m.Seed, m.K, m.Settings) { Playbook = playbook },
                new SegmentRunSettings(false, false, m.ConfigPath, m.PlaybookPath is null ? null : Path.GetFullPath(m.PlaybookPath)), m.Frozen);
            written.AddRange(run.Write(output, pack.Snapshots, m.Name, manifest: false).Select(f => m.Name + "/" + f));
            series.Add((m.Name, run.Series!));
            if (m.ConfigPath is not null) extraInputs.Add(m.ConfigPath);
            if (m.PlaybookPath is not null) extraInputs.Add(m.PlaybookPath);
        }

        if (pack.Cultures.Count > 0)
        {
            var runs = series.Select(s => new ReportRun(s.Name, s.Series.Snapshots[^1].Profile!) { History = new TrackedRunHistory(s.Series.Result, s.Series.Trends) }).ToList();
            var lastDate = pack.Snapshots[^1];
            var comparison = series.Count > 1
                ? SegmentationComparer.Compare(series.Select(s => (s.Name, s.Series.Snapshots[^1].Segmentation)).ToList(),
                    PointInTime.Truncate(loaded.ToSegmentationData(), lastDate).Customers)
                : null;
            var branding = pack.BrandingPath is null ? new Branding() : Branding.Load(pack.BrandingPath);
            if (pack.BrandingPath is not null) extraInputs.Add(pack.BrandingPath);
            foreach (var culture in pack.Cultures)
            {
                var options = new ReportOptions { Culture = culture, Branding = branding, CreationDate = pack.CreationDate?.ToDateTime(TimeOnly.MinValue) };
                written.AddRange(ReportSet.Write(output, runs, comparison, options, $"{ReportsFolder}/{culture.Name}"));
            }
        }

        written.Add(SegmentOutputs.ManifestFile);
        var parameters = new Dictionary<string, string>
        {
            ["pipeline"] = Path.GetFileName(pack.File),
            ["methods"] = string.Join(", ", pack.Methods.Select(m => m.Name == m.Method ? m.Name : $"{m.Name} ({m.Method})")),
            ["frozen"] = string.Join(", ", pack.Methods.Where(m => m.Frozen).Select(m => m.Name)),
            ["snapshots"] = string.Join(", ", pack.Snapshots.Select(TrackRun.Folder)),
            ["cultures"] = string.Join(", ", pack.Cultures.Select(c => c.Name)),
        };
        output.WriteAllText(SegmentOutputs.ManifestFile,
            new RunManifest("run", loaded.ManifestInputs(extraInputs), parameters, pack.Snapshots[^1], KitInfo.Version, written).ToJson());
        return (written, series);
    }

    /// <summary>Every input file the pack names (to protect from being overwritten by the output).</summary>
    public static IEnumerable<string> Inputs(PackDefinition pack) =>
        new[] { pack.File, pack.CustomersPath, pack.TransactionsPath, pack.MappingPath, pack.BrandingPath }
            .Concat(pack.Methods.SelectMany(m => new[] { m.ConfigPath, m.PlaybookPath }))
            .OfType<string>().Select(Path.GetFullPath);
}
