using SegmentationKit.Data;

namespace SegmentationKit.Tests.Data;

internal static class CategoricalValues
{
    /// <summary>The column's values as text (null when missing), for readable assertions.</summary>
    public static string?[] Values(this CategoricalColumn column) =>
        Enumerable.Range(0, column.Length).Select(i => column[i]).ToArray();
}
