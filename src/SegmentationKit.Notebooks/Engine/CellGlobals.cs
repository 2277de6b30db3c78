using SegmentationKit.Formatting;

namespace SegmentationKit.Notebooks.Engine;

/// <summary>What every cell can use besides the kit: <c>display(x)</c>, as in .NET Interactive, so
/// notebook code runs unchanged under both kernels.</summary>
public sealed class CellGlobals
{
    private readonly Func<CellSink?> _sink;

    internal CellGlobals(Func<CellSink?> sink) => _sink = sink;

    /// <summary>Cancelled when the user interrupts the running cell; long loops can check it.</summary>
    public CancellationToken CancellationToken => _sink()?.Cancellation ?? CancellationToken.None;

    /// <summary>Shows <paramref name="value"/> below the cell through the kit's formatters
    /// (segmentations and profiles as tables, charts as Plotly, anything else as text).</summary>
#pragma warning disable IDE1006 // lower case on purpose: the .NET Interactive name notebooks already use
    public void display(object? value)
#pragma warning restore IDE1006
    {
        var sink = _sink() ?? throw new InvalidOperationException("display() is only available while a cell runs");
        sink.Display(DisplayFormatter.Format(value));
    }
}
