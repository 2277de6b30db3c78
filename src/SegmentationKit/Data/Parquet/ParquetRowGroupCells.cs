namespace SegmentationKit.Data.Parquet;

/// <summary>The columns read from one row group.</summary>
/// <param name="FirstRow">0-based index in the file of the group's first row.</param>
/// <param name="Cells">Per column of the file; null for a column not read.</param>
internal sealed record ParquetRowGroupCells(long FirstRow, int Rows, ParquetCells?[] Cells)
{
    /// <summary>The line a row would have in a CSV export of the file (header = line 1), so a Parquet
    /// file and its CSV export report a bad row at the same place.</summary>
    public long LineOf(int row) => FirstRow + row + 2;
}
