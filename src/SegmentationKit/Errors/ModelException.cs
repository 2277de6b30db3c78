namespace SegmentationKit.Errors;

/// <summary>A model that cannot be fitted or applied to the data given (too few rows, k larger
/// than the number of distinct rows, a matrix with the wrong width, …). The message ends with
/// "Fix: …" when <see cref="Fix"/> is given, like every error the kit raises for a user.</summary>
public sealed class ModelException : SegmentationKitException
{
    public ModelException(string message, string? fix = null)
        : base(fix is null ? message : $"{message.TrimEnd('.')}. Fix: {fix}")
    {
        Problem = message;
        Fix = fix;
    }

    /// <summary>What is wrong, without the fix.</summary>
    public string Problem { get; }

    /// <summary>How to fix it, or null.</summary>
    public string? Fix { get; }
}
