namespace SegmentationKit.Data.Parquet;

/// <summary>What a Parquet column's values are, as the kit reads them: every integer, floating and
/// decimal type is a number, DATE and TIMESTAMP are dates.</summary>
internal enum ParquetValueKind
{
    Number,
    Text,
    Date,
    Boolean,
}
