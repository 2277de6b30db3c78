using System.Text;
using System.Text.Json.Nodes;

namespace SegmentationKit.Notebooks.Engine;

/// <summary>Collects one cell's outputs in order. Console text is buffered per stream and emitted
/// before the next display (so text and displays stay in the order they happened), at the end of the
/// cell, and at a line end once <see cref="LiveInterval"/> has passed, so a long cell's progress
/// shows while it runs. The stored outputs merge consecutive text of one stream, so they do not
/// depend on timing.</summary>
internal sealed class CellSink(Action<CellOutput>? onOutput, CancellationToken cancellation)
{
    private readonly object _gate = new();
    private readonly List<CellOutput> _outputs = new();
    private readonly StringBuilder _text = new();
    private string? _textStream;
    private readonly System.Diagnostics.Stopwatch _sinceFlush = System.Diagnostics.Stopwatch.StartNew();
    private Timer? _timer;
    private bool _flushScheduled;
    private bool _finished;

    /// <summary>How long printed lines may wait before they are sent to the front end.</summary>
    public static readonly TimeSpan LiveInterval = TimeSpan.FromMilliseconds(200);

    public CancellationToken Cancellation => cancellation;

    public void Write(string streamName, string text)
    {
        cancellation.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (_textStream is not null && _textStream != streamName) FlushText();
            _textStream = streamName;
            _text.Append(text);
            if (!text.Contains('\n')) return;
            if (_sinceFlush.Elapsed >= LiveInterval) FlushText();
            else if (!_flushScheduled)
            {
                // Lines printed just before a long computation must not wait for the next print.
                _flushScheduled = true;
                _timer ??= new Timer(_ => FlushLater());
                _timer.Change(LiveInterval, Timeout.InfiniteTimeSpan);
            }
        }
    }

    public void Display(JsonObject data)
    {
        cancellation.ThrowIfCancellationRequested();
        lock (_gate)
        {
            FlushText();
            Emit(CellOutput.Display(data));
        }
    }

    public void Add(CellOutput output)
    {
        lock (_gate)
        {
            FlushText();
            Emit(output);
        }
    }

    public IReadOnlyList<CellOutput> Finish()
    {
        lock (_gate)
        {
            _finished = true;
            _timer?.Dispose();
            FlushText();
            return _outputs.ToArray();
        }
    }

    private void FlushLater()
    {
        lock (_gate)
        {
            _flushScheduled = false;
            if (!_finished) FlushText();
        }
    }

    private void FlushText()
    {
        _sinceFlush.Restart();
        if (_text.Length == 0 || _textStream is null) return;
        var chunk = CellOutput.Stream(_textStream, _text.ToString());
        _text.Clear();
        _textStream = null;
        if (_outputs.Count > 0 && _outputs[^1] is { OutputType: "stream" } last && (string?)last.Json["name"] == (string?)chunk.Json["name"])
            _outputs[^1] = CellOutput.Stream((string)chunk.Json["name"]!, (string)last.Json["text"]! + (string)chunk.Json["text"]!);
        else
            _outputs.Add(chunk);
        onOutput?.Invoke(chunk);
    }

    private void Emit(CellOutput output)
    {
        _outputs.Add(output);
        onOutput?.Invoke(output);
    }
}
