namespace SegmentationKit.Cli.Methods;

/// <summary><c>--method lifecycle</c>: lifecycle stages at the as-of date (thresholds in the
/// <c>lifecycle:</c> section of --config; revenue change and invoice lapses with --transactions).</summary>
public sealed class LifecycleMethod : RuleBasedMethod
{
    public override string Name => "lifecycle";
    public override string Description => "Lifecycle stages at the as-of date: onboarding, adopting, active, expanding, at risk, dormant, churned, reactivated";
}
