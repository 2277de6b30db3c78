using SegmentationKit.Profiling;

namespace SegmentationKit.Tracking;

/// <summary>Runs one segmentation method at a series of dates, each on the base as known then
/// (<see cref="PointInTime.Truncate"/>), and measures how customers moved. By default each snapshot
/// is fitted on its own data; frozen, the first snapshot's fitted model assigns the later dates, so a
/// move between segments is the customer's doing, not the model's.</summary>
public static class SnapshotTracker
{
    /// <summary>Fits a segmenter at every date (or once, <paramref name="frozen"/>), with the kit's
    /// default profile of each snapshot: the one call a notebook needs.</summary>
    public static TrackedSeries Track<TModel>(SegmentationData full, IReadOnlyList<DateOnly> dates, ISegmenter<TModel> segmenter, bool frozen = false)
        where TModel : ISegmentationModel =>
        frozen
            ? TrackFrozen(full, dates, d => segmenter.Fit(d))
            : Track(full, dates, d => segmenter.Fit(d).Assign(d));

    /// <summary>Each snapshot segmented by <paramref name="segment"/> on its own truncated data.</summary>
    /// <param name="profile">The snapshot's profile (and anything else to do with it, e.g. write its
    /// files); default: <see cref="SegmentProfiler"/> with its default settings.</param>
    public static TrackedSeries Track(SegmentationData full, IReadOnlyList<DateOnly> dates, Func<SegmentationData, Segmentation> segment,
        Func<Segmentation, SegmentationData, PortfolioProfile?>? profile = null) =>
        Run(full, dates, segment, false, profile);

    /// <summary>The model <paramref name="fit"/> returns on the first snapshot assigns every snapshot.</summary>
    public static TrackedSeries TrackFrozen(SegmentationData full, IReadOnlyList<DateOnly> dates, Func<SegmentationData, ISegmentationModel> fit,
        Func<Segmentation, SegmentationData, PortfolioProfile?>? profile = null)
    {
        ISegmentationModel? model = null;
        return Run(full, dates, d => (model ??= fit(d)).Assign(d), true, profile);
    }

    private static TrackedSeries Run(SegmentationData full, IReadOnlyList<DateOnly> dates, Func<SegmentationData, Segmentation> segment, bool frozen,
        Func<Segmentation, SegmentationData, PortfolioProfile?>? profile)
    {
        var checkedDates = SnapshotSchedule.Of(dates);
        profile ??= (s, d) => new SegmentProfiler().Profile(s, d);
        var snapshots = new List<Snapshot>(checkedDates.Count);
        foreach (var date in checkedDates)
        {
            var data = PointInTime.Truncate(full, date);
            var segmentation = segment(data);
            snapshots.Add(new Snapshot(date, segmentation, ActiveCustomers.Of(data), profile(segmentation, data)));
        }
        var result = TrackingResult.From(snapshots[0].Segmentation.Method, frozen, snapshots);
        return new TrackedSeries(snapshots, result, TrackingTrends.From(result, snapshots));
    }
}
