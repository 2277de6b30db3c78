namespace SegmentationKit.Segmenters.Rules;

/// <summary>Entry point of the fluent condition language:
/// <c>When.All(When.Column("industry").In("Retail", "Food"), When.Column("employees").AtLeast(250))</c>.</summary>
public static class When
{
    public static ColumnTest Column(string name) => new(name);
    public static Condition All(params Condition[] parts) => new AllCondition(parts);
    public static Condition Any(params Condition[] parts) => new AnyCondition(parts);
    public static Condition Not(Condition part) => new NotCondition(part);
}
