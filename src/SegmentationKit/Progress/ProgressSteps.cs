namespace SegmentationKit;

/// <summary>Reports a step whose size is known only once it is done (a model fit, a grouping): a
/// start with no total, then the count it produced as both done and total.</summary>
internal static class ProgressSteps
{
    public static T Run<T>(IProgress<WorkProgress>? progress, string step, string unit, Func<T> work, Func<T, long> count)
    {
        progress?.Report(new WorkProgress(step, 0, null, unit));
        var result = work();
        var n = count(result);
        progress?.Report(new WorkProgress(step, n, n, unit));
        return result;
    }
}
