namespace SegmentationKit.Notebooks.Engine;

/// <summary>What running one cell produced.</summary>
/// <param name="ExecutionCount">The cell's number in the session (1, 2, …), the nbformat execution_count.</param>
/// <param name="Outputs">Streams, displays, the result and any error, in the order they happened.</param>
/// <param name="Error">Null when the cell ran to the end.</param>
public sealed record CellResult(int ExecutionCount, IReadOnlyList<CellOutput> Outputs, CellError? Error)
{
    public bool Succeeded => Error is null;
}
