namespace SegmentationKit;

/// <summary>How far a long step has gone, as the library reports it through an
/// <see cref="IProgress{T}"/> given by the caller (the CLI draws it as a progress bar on stderr; a
/// notebook can ignore it). Reports come from the thread doing the work, at most a few per second.</summary>
/// <param name="Step">What is being done, in a few words ("loading customers.parquet", "fitting BG/NBD").</param>
/// <param name="Done">Units done so far.</param>
/// <param name="Total">Units in the whole step, or null when not known in advance.</param>
/// <param name="Unit">What is counted ("rows", "customers", "starts", "snapshots").</param>
public readonly record struct WorkProgress(string Step, long Done, long? Total, string Unit)
{
    /// <summary>The step name of loading a file: "loading" and the file's name.</summary>
    public static string LoadingStep(string path) => $"loading {Path.GetFileName(path)}";
}
