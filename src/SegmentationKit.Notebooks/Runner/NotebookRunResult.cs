namespace SegmentationKit.Notebooks.Runner;

/// <summary>A notebook executed to the end.</summary>
/// <param name="Notebook">The notebook with outputs and execution counts.</param>
/// <param name="CodeCellsRun">Code cells executed (empty cells are skipped).</param>
/// <param name="Elapsed">Wall time, engine start-up included.</param>
public sealed record NotebookRunResult(NotebookDocument Notebook, int CodeCellsRun, TimeSpan Elapsed);
