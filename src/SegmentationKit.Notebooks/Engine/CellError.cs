namespace SegmentationKit.Notebooks.Engine;

/// <summary>Why a cell failed: where (execution count of the cell and 1-based line inside it) and
/// what the compiler or the running code said.</summary>
/// <param name="Cell">Execution count of the failing cell (1 for the first cell run in the session).</param>
/// <param name="Line">1-based line inside the cell, when known.</param>
/// <param name="ErrorName">"CompilationError", the exception type name, or "Interrupted".</param>
/// <param name="Message">The compiler diagnostics or the exception message.</param>
/// <param name="Traceback">Lines shown under the error (diagnostics or the script's stack frames).</param>
public sealed record CellError(int Cell, int? Line, string ErrorName, string Message, IReadOnlyList<string> Traceback)
{
    /// <summary>"cell 3, line 2: CompilationError: (2,1): error CS0103: …".</summary>
    public override string ToString() =>
        $"cell {Cell}{(Line is { } l ? $", line {l}" : "")}: {ErrorName}: {Message}";
}
