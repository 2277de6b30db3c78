namespace SegmentationKit.Errors;

/// <summary>Base of every error the kit raises on purpose. The message is written for the user:
/// what is wrong, where, and how to fix it. Front ends show it without a stack trace.</summary>
public class SegmentationKitException : Exception
{
    public SegmentationKitException(string message) : base(message) { }
    public SegmentationKitException(string message, Exception inner) : base(message, inner) { }
}
