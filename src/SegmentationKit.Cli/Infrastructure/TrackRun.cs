using SegmentationKit.IO;
using SegmentationKit.Tracking;

namespace SegmentationKit.Cli.Infrastructure;

/// <summary>One tracked series written into an output folder: the library's
/// <see cref="SnapshotTracker"/> drives the dates and the truncation, each snapshot goes through
/// <see cref="SegmentOutputs"/> (the files <c>segkit segment</c> writes) into <c>yyyy-mm-dd/</c>, then
/// tracking.json, trends.json and the run's manifest. Shared by <c>segkit track</c> and <c>segkit run</c>.</summary>
/// <param name="contextFor">The method's context on one snapshot's data (options, config, seed).</param>
public sealed class TrackRun(ISegmentMethod method, LoadedData loaded, Func<LoadedData, SegmentRunContext> contextFor, SegmentRunSettings settings, bool frozen)
{
    /// <summary>The series, once <see cref="Write"/> has run.</summary>
    public TrackedSeries? Series { get; private set; }

    /// <summary>Writes every snapshot folder, tracking.json, trends.json and manifest.json into
    /// <paramref name="folder"/> of <paramref name="output"/> and returns the files written, relative to it.</summary>
    /// <param name="manifest">False inside a pack, whose one manifest covers every file.</param>
    public IReadOnlyList<string> Write(OutputFolder output, IReadOnlyList<DateOnly> dates, string folder = "", bool manifest = true)
    {
        var into = folder.Length == 0 ? "" : folder.TrimEnd('/') + "/";
        var written = new List<string>();
        var parameters = new Dictionary<string, string> { ["frozen"] = frozen ? "true" : "false" };
        var full = loaded.ToSegmentationData();

        // The snapshot's profile is made (and kept) by the segment outputs' profile writer.
        // Frozen: every snapshot was assigned by the first snapshot's model, so each writes that model (model.json).
        ISegmentationModel? frozenModel = null;
        IProgress<WorkProgress>? progress = null;
        var snapshotsDone = 0;
        SegmentationKit.Profiling.PortfolioProfile? Snapshot(Segmentation segmentation, SegmentationData data, SegmentRunContext context)
        {
            if (frozenModel is not null) context.FittedModel = frozenModel;
            var name = Folder(data.AsOf!.Value);
            written.AddRange(SegmentOutputs.Write(output, into + name, method, segmentation, context, settings, parameters).Select(f => name + "/" + f));
            progress?.Report(new WorkProgress("track: snapshots", ++snapshotsDone, dates.Count, "snapshots"));
            return context.Profile;
        }

        SegmentRunContext? current = null;
        SegmentRunContext ContextOf(SegmentationData data) => current = contextFor(loaded with { Customers = data.Customers, Transactions = data.Transactions, AsOf = data.AsOf });
        // Each snapshot's own steps (k-means fits, profiles) draw under the snapshot count.
        Series = CliProgress.Run(p =>
        {
            progress = p;
            progress?.Report(new WorkProgress("track: snapshots", 0, dates.Count, "snapshots"));
            return frozen
                ? SnapshotTracker.TrackFrozen(full, dates, d => frozenModel = method.Fit(ContextOf(d)), (s, d) => Snapshot(s, d, current is { } c && c.Loaded.AsOf == d.AsOf ? c : ContextOf(d)))
                : SnapshotTracker.Track(full, dates, d => SegmentOutputs.Segment(method, ContextOf(d), settings.Xlsx), (s, d) => Snapshot(s, d, current!));
        });

        output.WriteAllText(into + TrackingResult.FileName, Series.Result.ToJson());
        written.Add(TrackingResult.FileName);
        output.WriteAllText(into + TrackingTrends.FileName, Series.Trends.ToJson());
        written.Add(TrackingTrends.FileName);
        if (loaded.Rejects.Count > 0 && into.Length == 0) written.Add(DataOptions.RejectsFileName);
        if (!manifest) return written;
        written.Add(SegmentOutputs.ManifestFile);
        var manifestParameters = new Dictionary<string, string>(parameters)
        {
            ["method"] = method.Name,
            ["snapshots"] = string.Join(", ", Series.Result.Snapshots.Select(Folder)),
        };
        if (settings.ConfigPath is not null) manifestParameters["config"] = Path.GetFileName(settings.ConfigPath);
        var inputs = loaded.ManifestInputs([.. settings.ConfigPath is null ? [] : new[] { settings.ConfigPath }, .. settings.PlaybookPath is null ? [] : new[] { settings.PlaybookPath }]);
        output.WriteAllText(into + SegmentOutputs.ManifestFile,
            new RunManifest("track", inputs, manifestParameters, Series.Result.Snapshots[^1], KitInfo.Version, written).ToJson());
        return written;
    }

    /// <summary>A snapshot's folder name: its date, yyyy-mm-dd.</summary>
    public static string Folder(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
