using SegmentationKit.Errors;
using SegmentationKit.Notebooks.Engine;

namespace SegmentationKit.Notebooks.Runner;

/// <summary>A notebook cell failed while the headless runner executed it.</summary>
public sealed class NotebookExecutionException : SegmentationKitException
{
    public NotebookExecutionException(string notebook, int cellNumber, CellError error, string? cellStart = null)
        : base($"{notebook}, cell {cellNumber}{(error.Line is { } l ? $", line {l}" : "")}: {error.ErrorName}: {error.Message}"
               + (error.Line is null && !string.IsNullOrEmpty(cellStart) ? $" (the cell starting `{Shorten(cellStart)}`)" : ""))
    {
        Notebook = notebook;
        CellNumber = cellNumber;
        Error = error;
    }

    /// <summary>Path of the notebook.</summary>
    public string Notebook { get; }

    /// <summary>1-based position of the failing cell among all the notebook's cells (markdown included).</summary>
    public int CellNumber { get; }

    public CellError Error { get; }

    private static string Shorten(string line) => line.Length <= 60 ? line : line[..57] + "...";
}
