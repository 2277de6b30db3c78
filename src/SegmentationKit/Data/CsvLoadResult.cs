namespace SegmentationKit.Data;

/// <summary>What a lenient load returns: the table built from the good rows, and every row left out
/// with its reason, in file order. Callers must show the rejects: nothing is dropped silently.</summary>
public sealed record CsvLoadResult<T>(T Table, IReadOnlyList<RejectedRow> Rejects);
