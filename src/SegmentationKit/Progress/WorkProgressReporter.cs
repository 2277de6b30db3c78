using System.Diagnostics;

namespace SegmentationKit;

/// <summary>Reports one step's progress to an optional <see cref="IProgress{T}"/> at most every
/// 100 ms, so a loop over millions of rows can call <see cref="Advance"/> cheaply; does nothing when
/// no one listens.</summary>
internal sealed class WorkProgressReporter
{
    private const long IntervalMs = 100;
    private readonly IProgress<WorkProgress>? _progress;
    private readonly string _step;
    private readonly long? _total;
    private readonly string _unit;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _done;
    private long _lastReportMs = -IntervalMs;

    public WorkProgressReporter(IProgress<WorkProgress>? progress, string step, long? total, string unit)
    {
        _progress = progress;
        _step = step;
        _total = total;
        _unit = unit;
        _progress?.Report(new WorkProgress(step, 0, total, unit));
    }

    public long Count => _done;

    public void Advance(long units = 1)
    {
        _done += units;
        if (_progress is null) return;
        var now = _clock.ElapsedMilliseconds;
        if (now - _lastReportMs < IntervalMs) return;
        _lastReportMs = now;
        _progress.Report(new WorkProgress(_step, _done, _total is { } t ? Math.Max(t, _done) : null, _unit));
    }

    /// <summary>The final report: the total is what was done.</summary>
    public void Done() => _progress?.Report(new WorkProgress(_step, _done, _done, _unit));
}
