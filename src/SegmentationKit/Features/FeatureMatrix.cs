namespace SegmentationKit.Features;

/// <summary>A dense numeric matrix for clustering: <see cref="Rows"/> × <see cref="Columns"/> doubles in
/// row-major order, with column names. The buffer is shared, not copied: treat it as read-only.</summary>
public sealed class FeatureMatrix
{
    public FeatureMatrix(double[] values, int rows, int columns, IReadOnlyList<string>? columnNames = null)
    {
        if (rows < 0 || columns < 0 || values.Length != (long)rows * columns)
            throw new ArgumentException($"a {rows} × {columns} matrix needs {(long)rows * columns} values, got {values.Length}");
        Values = values;
        Rows = rows;
        Columns = columns;
        ColumnNames = columnNames?.ToArray() ?? Enumerable.Range(0, columns).Select(j => $"x{j}").ToArray();
        if (ColumnNames.Count != columns)
            throw new ArgumentException($"{ColumnNames.Count} column names for {columns} columns");
    }

    /// <summary>Row-major values: element (i, j) is at i × Columns + j.</summary>
    public double[] Values { get; }
    public int Rows { get; }
    public int Columns { get; }
    public IReadOnlyList<string> ColumnNames { get; }

    public double this[int row, int column] => Values[row * Columns + column];

    public ReadOnlySpan<double> Row(int row) => Values.AsSpan(row * Columns, Columns);

    /// <summary>Builds a matrix from jagged rows (convenient in tests and notebooks).</summary>
    public static FeatureMatrix FromRows(IReadOnlyList<double[]> rows, IReadOnlyList<string>? columnNames = null)
    {
        var cols = rows.Count == 0 ? columnNames?.Count ?? 0 : rows[0].Length;
        var values = new double[rows.Count * cols];
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Length != cols) throw new ArgumentException($"row {i} has {rows[i].Length} values, expected {cols}");
            rows[i].CopyTo(values, i * cols);
        }
        return new FeatureMatrix(values, rows.Count, cols, columnNames);
    }
}
