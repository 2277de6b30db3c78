namespace SegmentationKit.Data;

/// <summary>A data row that a lenient load left out, and why. <see cref="Line"/> is 1-based and
/// counts the header as line 1; <see cref="Column"/> is null when the row as a whole is at fault
/// (e.g. too many fields).</summary>
public sealed record RejectedRow(string File, long Line, string? Column, string? Value, string Reason);
