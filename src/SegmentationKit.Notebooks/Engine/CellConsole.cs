using System.Text;

namespace SegmentationKit.Notebooks.Engine;

/// <summary>Console.Out / Console.Error replacement installed once per process: writes made while a
/// cell runs (on its async flow, including tasks it starts) go to that cell's sink; everything else
/// goes to the original stream. Writing after an interrupt throws, which stops a chatty loop.</summary>
internal sealed class CellConsole : TextWriter
{
    private static readonly object InstallLock = new();
    private static bool _installed;
    private static readonly AsyncLocal<CellSink?> Current = new();

    private readonly TextWriter _original;
    private readonly string _streamName;

    private CellConsole(TextWriter original, string streamName)
    {
        _original = original;
        _streamName = streamName;
    }

    public override Encoding Encoding => Encoding.UTF8;

    /// <summary>Replaces Console.Out and Console.Error by routers (idempotent).</summary>
    public static void Install()
    {
        lock (InstallLock)
        {
            if (_installed) return;
            Console.SetOut(TextWriter.Synchronized(new CellConsole(Console.Out, "stdout")));
            Console.SetError(TextWriter.Synchronized(new CellConsole(Console.Error, "stderr")));
            _installed = true;
        }
    }

    /// <summary>Routes this async flow's console writes to <paramref name="sink"/> until disposed.</summary>
    public static IDisposable Capture(CellSink sink)
    {
        var previous = Current.Value;
        Current.Value = sink;
        return new Restore(previous);
    }

    public override void Write(char value)
    {
        if (Current.Value is { } sink) sink.Write(_streamName, value.ToString());
        else _original.Write(value);
    }

    public override void Write(string? value)
    {
        if (value is null) return;
        if (Current.Value is { } sink) sink.Write(_streamName, value);
        else _original.Write(value);
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value) => Write((value ?? "") + "\n");

    public override void WriteLine() => Write("\n");

    public override void Flush()
    {
        if (Current.Value is null) _original.Flush();
    }

    private sealed class Restore(CellSink? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
