namespace SegmentationKit.Cli.Methods;

/// <summary><c>--method rules</c>: a declarative rule set from --config (first match wins, explicit fallback).</summary>
public sealed class RulesMethod : RuleBasedMethod
{
    public override string Name => "rules";
    public override string Description => "declarative rules from --config, first match wins";
}
