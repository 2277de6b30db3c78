using System.Text;
using System.Text.Json.Nodes;

namespace SegmentationKit.Notebooks.Engine;

/// <summary>Collects one cell's outputs in order. Console text is buffered per stream and emitted as
/// one stream output before the next display (so text and displays stay in the order they happened)
/// and at the end of the cell.</summary>
internal sealed class CellSink(Action<CellOutput>? onOutput, CancellationToken cancellation)
{
    private readonly object _gate = new();
    private readonly List<CellOutput> _outputs = new();
    private readonly StringBuilder _text = new();
    private string? _textStream;

    public CancellationToken Cancellation => cancellation;

    public void Write(string streamName, string text)
    {
        cancellation.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (_textStream is not null && _textStream != streamName) FlushText();
            _textStream = streamName;
            _text.Append(text);
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
            FlushText();
            return _outputs.ToArray();
        }
    }

    private void FlushText()
    {
        if (_text.Length == 0 || _textStream is null) return;
        var output = CellOutput.Stream(_textStream, _text.ToString());
        _text.Clear();
        _textStream = null;
        Emit(output);
    }

    private void Emit(CellOutput output)
    {
        _outputs.Add(output);
        onOutput?.Invoke(output);
    }
}
