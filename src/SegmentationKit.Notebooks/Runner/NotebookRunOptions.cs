namespace SegmentationKit.Notebooks.Runner;

/// <summary>How <see cref="NotebookRunner"/> runs a notebook's cells.</summary>
public sealed record NotebookRunOptions
{
    /// <summary>Runs the cells in a child process started by this command (<c>segkit kernel serve</c>:
    /// see <see cref="Jupyter.KernelSpec.EngineCommand"/>), so a runaway cell can be stopped and a
    /// cell that ends the process fails as a cell. Null: in this process (no timeout possible).</summary>
    public IReadOnlyList<string>? EngineCommand { get; init; }

    /// <summary>Longest time one cell may run (needs <see cref="EngineCommand"/>); null: no limit.</summary>
    public TimeSpan? CellTimeout { get; init; }

    /// <summary>The default of <c>segkit notebook run --timeout</c>: 600 s a cell.</summary>
    public static readonly TimeSpan DefaultCellTimeout = TimeSpan.FromSeconds(600);
}
