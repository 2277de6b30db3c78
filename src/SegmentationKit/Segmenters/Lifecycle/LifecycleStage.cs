namespace SegmentationKit.Segmenters.Lifecycle;

/// <summary>The lifecycle stages, in the order they are tested (the first that applies wins; see
/// <see cref="LifecycleModel"/>). The numeric order is the precedence.</summary>
public enum LifecycleStage
{
    /// <summary>Signed up after the reference date: not a customer yet at that date.</summary>
    NotYetSignedUp,
    /// <summary>Churned by the reference date. Always wins over every other signal.</summary>
    Churned,
    /// <summary>Paid again after a lapse in recurring invoices longer than the billing interval plus a grace period, recently.</summary>
    Reactivated,
    /// <summary>Signed up less than the onboarding window ago.</summary>
    Onboarding,
    /// <summary>Barely anyone uses the product, or recurring invoices stopped without a churn.</summary>
    Dormant,
    /// <summary>Used, but with warning signs: few seats in use, a detractor NPS, or revenue falling.</summary>
    AtRisk,
    /// <summary>In the first year, or using few of the product's features.</summary>
    Adopting,
    /// <summary>Revenue growing, or nearly every seat in use (outgrowing the plan).</summary>
    Expanding,
    /// <summary>Everyone else: established, healthy customers.</summary>
    Active,
}
