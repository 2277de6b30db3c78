using System.Collections.Concurrent;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace SegmentationKit.Cli.Infrastructure;

/// <summary>Draws the library's <see cref="WorkProgress"/> reports as progress bars on stderr, one
/// line per step with its count, total and rate. Only on a terminal: when stdout or stderr is
/// redirected (a file, a pipe, a test) or under CI (<c>CI=true</c>) the work runs with no progress
/// at all, so captured output stays byte for byte what it was. The bars clear when the step ends.</summary>
public static class CliProgress
{
    private static Sink? _active;

    /// <summary>Whether bars are drawn: stdout and stderr are terminals and CI is not set.</summary>
    public static bool Enabled =>
        !Console.IsOutputRedirected && !Console.IsErrorRedirected && !IsContinuousIntegration(Environment.GetEnvironmentVariable("CI"));

    /// <summary>The receiver of the step being drawn, for a library call made inside <see cref="Run{T}"/>
    /// that does not get it as an argument; null when nothing is drawn.</summary>
    public static IProgress<WorkProgress>? Current => _active;

    internal static bool IsContinuousIntegration(string? ci) =>
        ci is not null && (ci.Equals("true", StringComparison.OrdinalIgnoreCase) || ci == "1");

    /// <summary>Runs <paramref name="work"/>, drawing what it reports to the receiver it is given
    /// (null when progress is off). Inside another <see cref="Run{T}"/> the bars join that display.</summary>
    public static T Run<T>(Func<IProgress<WorkProgress>?, T> work)
    {
        if (_active is not null) return work(_active);
        if (!Enabled) return work(null);
        T result = default!;
        var counts = new ConcurrentDictionary<int, (double Done, string Unit)>();
        CliConsole.Error.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new ElapsedTimeColumn(),
                new CountAndRateColumn(counts))
            .Start(context =>
            {
                _active = new Sink(context, counts);
                try
                {
                    result = work(_active);
                }
                finally
                {
                    _active.Finish();
                    _active = null;
                }
            });
        return result;
    }

    public static void Run(Action<IProgress<WorkProgress>?> work) => Run<object?>(p =>
    {
        work(p);
        return null;
    });

    /// <summary>One bar per step name; a step reported again after it finished gets a new bar.
    /// Reports may come from worker threads.</summary>
    private sealed class Sink(ProgressContext context, ConcurrentDictionary<int, (double Done, string Unit)> counts) : IProgress<WorkProgress>
    {
        private readonly Dictionary<string, ProgressTask> _tasks = new(StringComparer.Ordinal);
        private readonly Lock _gate = new();

        public void Report(WorkProgress value)
        {
            lock (_gate)
            {
                if (!_tasks.TryGetValue(value.Step, out var task) || task.IsFinished)
                    _tasks[value.Step] = task = context.AddTask(Markup.Escape(value.Step), autoStart: true, maxValue: Math.Max(1, value.Total ?? 1));
                counts[task.Id] = (value.Done, value.Unit);
                task.IsIndeterminate = value.Total is null;
                if (value.Total is { } total)
                {
                    task.MaxValue = Math.Max(1, total);
                    task.Value = Math.Min(value.Done, task.MaxValue);
                    if (value.Done >= total) task.StopTask();
                }
            }
        }

        public void Finish()
        {
            lock (_gate)
                foreach (var task in _tasks.Values)
                    task.StopTask();
        }
    }

    /// <summary>"31% 312,000 / 1,000,000 rows · 520,000 rows/s": the share, count and total when the
    /// total is known, and the mean rate since the step started; nothing for a step of unknown size
    /// that has counted nothing yet (a model fit: the bar and the clock show it runs).</summary>
    private sealed class CountAndRateColumn(ConcurrentDictionary<int, (double Done, string Unit)> counts) : ProgressColumn
    {
        protected override bool NoWrap => true;

        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
        {
            if (!counts.TryGetValue(task.Id, out var c) || (task.IsIndeterminate && c.Done == 0)) return Text.Empty;
            var culture = CultureInfo.InvariantCulture;
            var text = task.IsIndeterminate
                ? c.Done.ToString("N0", culture) + " " + c.Unit
                : $"{(task.Percentage / 100).ToString("0%", culture),4} {c.Done.ToString("N0", culture)} / {task.MaxValue.ToString("N0", culture)} {c.Unit}";
            var seconds = task.ElapsedTime?.TotalSeconds ?? 0;
            if (seconds >= 0.5 && c.Done > 0) text += $" · {(c.Done / seconds).ToString(c.Done / seconds >= 100 ? "N0" : "N1", culture)} {c.Unit}/s";
            return new Text(text);
        }
    }
}
