namespace SegmentationKit.Errors;

/// <summary>Input data that cannot be used as it is. Carries the location so a user can open the
/// file at the right line; <see cref="Line"/> is 1-based and counts the header as line 1.</summary>
public sealed class DataValidationException : SegmentationKitException
{
    public DataValidationException(string file, long? line, string? column, string? value, string problem, string? fix = null)
        : base(Compose(file, line, column, value, problem, fix))
    {
        File = file;
        Line = line;
        Column = column;
        Value = value;
        Problem = problem;
        Fix = fix;
    }

    public string File { get; }
    public long? Line { get; }
    public string? Column { get; }
    public string? Value { get; }
    public string Problem { get; }
    public string? Fix { get; }

    /// <summary>"file:line, column 'x': problem (value 'v'). Fix: …" — the one format every loader uses.</summary>
    public static string Compose(string file, long? line, string? column, string? value, string problem, string? fix)
    {
        var where = line is null ? file : $"{file}:{line}";
        if (column is not null) where += $", column '{column}'";
        var text = $"{where}: {problem}";
        if (value is not null) text += $" (value '{value}')";
        if (fix is not null) text += $". Fix: {fix}";
        return text;
    }
}
