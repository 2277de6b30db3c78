using SegmentationKit.Data;
using SegmentationKit.Errors;

namespace SegmentationKit.Features;

/// <summary>Categorical features for mixed-data clustering: <see cref="Rows"/> × <see cref="Columns"/>
/// level codes in row-major order, each column with its own level names. No missing values
/// (every code is 0 … levels − 1).</summary>
public sealed class CategoricalMatrix
{
    public CategoricalMatrix(int[] codes, int rows, IReadOnlyList<string> columnNames, IReadOnlyList<IReadOnlyList<string>> levels)
    {
        var columns = columnNames.Count;
        if (codes.Length != (long)rows * columns)
            throw new ArgumentException($"a {rows} × {columns} categorical matrix needs {(long)rows * columns} codes, got {codes.Length}");
        if (levels.Count != columns) throw new ArgumentException($"{levels.Count} level lists for {columns} columns");
        for (var t = 0; t < codes.Length; t++)
            if (codes[t] < 0 || codes[t] >= levels[t % columns].Count)
                throw new ArgumentException($"code {codes[t]} in row {t / columns}, column '{columnNames[t % columns]}' is not one of its {levels[t % columns].Count} levels");
        Codes = codes;
        Rows = rows;
        ColumnNames = columnNames.ToArray();
        Levels = levels.Select(l => (IReadOnlyList<string>)l.ToArray()).ToArray();
    }

    public int[] Codes { get; }
    public int Rows { get; }
    public int Columns => ColumnNames.Count;
    public IReadOnlyList<string> ColumnNames { get; }
    public IReadOnlyList<IReadOnlyList<string>> Levels { get; }

    public ReadOnlySpan<int> Row(int row) => Codes.AsSpan(row * Columns, Columns);

    /// <summary>Categorical columns of a customer table. A missing value is an error naming the
    /// customer, row and column (k-prototypes has no distance to a missing category).</summary>
    public static CategoricalMatrix FromTable(CustomerTable table, IReadOnlyList<string> columns)
    {
        var cats = columns.Select(table.Categorical).ToArray();
        var codes = new int[table.RowCount * cats.Length];
        for (var j = 0; j < cats.Length; j++)
            for (var i = 0; i < table.RowCount; i++)
            {
                var code = cats[j].Codes[i];
                if (code < 0)
                    throw new DataValidationException(table.Source, i + 2, cats[j].Name, null, $"missing category for customer '{table.CustomerIds[i]}'",
                        "fill it in (for example with an explicit \"Unknown\" level) or leave the column out");
                codes[i * cats.Length + j] = code;
            }
        return new CategoricalMatrix(codes, table.RowCount, columns, cats.Select(c => c.Levels).ToArray());
    }

    /// <summary>Builds codes from text rows (levels in order of first appearance); for tests and notebooks.</summary>
    public static CategoricalMatrix FromRows(IReadOnlyList<string[]> rows, IReadOnlyList<string> columnNames)
    {
        var m = columnNames.Count;
        var levels = Enumerable.Range(0, m).Select(_ => new List<string>()).ToArray();
        var codes = new int[rows.Count * m];
        for (var i = 0; i < rows.Count; i++)
            for (var j = 0; j < m; j++)
            {
                var code = levels[j].IndexOf(rows[i][j]);
                if (code < 0) { code = levels[j].Count; levels[j].Add(rows[i][j]); }
                codes[i * m + j] = code;
            }
        return new CategoricalMatrix(codes, rows.Count, columnNames, levels);
    }
}
