namespace SegmentationKit.Segmenters.Lifecycle;

/// <summary>Customer lifecycle stages (onboarding, adopting, active, expanding, at risk, dormant,
/// churned, reactivated) from signup and churn dates, usage, seats, NPS and — with a transaction
/// log — revenue change and invoice lapses, at the reference (as-of) date. The thresholds are
/// options, not fitted: <see cref="Fit"/> only checks them.</summary>
public sealed class LifecycleSegmenter : ISegmenter<LifecycleModel>
{
    public LifecycleSegmenter(LifecycleOptions? options = null)
    {
        Options = options ?? new LifecycleOptions();
        Options.Validate();
    }

    public LifecycleOptions Options { get; }

    public LifecycleModel Fit(SegmentationData data) => new(Options);
}
