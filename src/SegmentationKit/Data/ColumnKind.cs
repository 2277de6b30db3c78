namespace SegmentationKit.Data;

/// <summary>The four value types a customer column can hold.</summary>
public enum ColumnKind
{
    Numeric,
    Categorical,
    Date,
    Boolean,
}
