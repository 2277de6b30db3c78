namespace SegmentationKit.Evaluation;

/// <summary>Contingency table of two segmentations of the same customers: how many customers of
/// each segment of A (rows) are in each segment of B (columns).</summary>
/// <param name="RowSegments">Segment ids of A, in A's catalog order.</param>
/// <param name="ColumnSegments">Segment ids of B, in B's catalog order.</param>
/// <param name="Counts">Counts[i][j] = customers in A's segment i and B's segment j.</param>
public sealed record MigrationMatrix(IReadOnlyList<string> RowSegments, IReadOnlyList<string> ColumnSegments, IReadOnlyList<IReadOnlyList<int>> Counts)
{
    /// <summary>Customers in A's segment <paramref name="rowSegment"/> and B's <paramref name="columnSegment"/>.</summary>
    public int Count(string rowSegment, string columnSegment)
    {
        var i = RowSegments.ToList().IndexOf(rowSegment);
        var j = ColumnSegments.ToList().IndexOf(columnSegment);
        if (i < 0) throw new KeyNotFoundException($"no row segment '{rowSegment}'");
        if (j < 0) throw new KeyNotFoundException($"no column segment '{columnSegment}'");
        return Counts[i][j];
    }
}
