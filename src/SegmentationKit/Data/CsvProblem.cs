using SegmentationKit.Errors;

namespace SegmentationKit.Data;

/// <summary>One thing wrong with a row: becomes a <see cref="DataValidationException"/> in a strict
/// load and a <see cref="RejectedRow"/> in a lenient one.</summary>
internal readonly record struct CsvProblem(long Line, string? Column, string? Value, string Problem, string? Fix)
{
    public DataValidationException ToException(string file) => new(file, Line, Column, Value, Problem, Fix);

    public RejectedRow ToReject(string file) =>
        new(file, Line, Column, Value, Fix is null ? Problem : $"{Problem}. Fix: {Fix}");
}
