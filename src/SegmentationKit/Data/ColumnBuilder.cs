namespace SegmentationKit.Data;

/// <summary>Collects one column's values while a file is read. A builder parses its cell as soon as
/// the row is read; <see cref="Truncate"/> takes back the cells of a row that is then rejected.</summary>
internal abstract class ColumnBuilder
{
    protected ColumnBuilder(string name, int field)
    {
        Name = name;
        Field = field;
    }

    public string Name { get; }
    /// <summary>0-based index of the column in the file.</summary>
    public int Field { get; }
    public abstract int Count { get; }

    /// <summary>Appends the current row's cell, or returns the problem with it (and appends nothing).</summary>
    public abstract CsvProblem? Append(CsvSource source);

    public abstract void Truncate(int count);

    public abstract Column Build();

    /// <summary>A builder for the kind the mapping fixes, else the standard kind of the name, else
    /// one that infers the kind from the values.</summary>
    /// <param name="capacity">Expected number of rows (a hint).</param>
    public static ColumnBuilder For(string name, int field, ColumnKind? kind, CsvDialectRules dialect, int capacity) => kind switch
    {
        ColumnKind.Numeric => new NumericColumnBuilder(name, field, dialect, capacity),
        ColumnKind.Categorical => new CategoricalColumnBuilder(name, field, capacity),
        ColumnKind.Date => new DateColumnBuilder(name, field, dialect, capacity),
        ColumnKind.Boolean => new BooleanColumnBuilder(name, field, capacity),
        _ => new InferredColumnBuilder(name, field, dialect, capacity),
    };

    /// <summary>Builders for every column but the <paramref name="keyFields"/>: the mapping's kind,
    /// else <paramref name="standardKind"/> of the name, else inferred.</summary>
    public static List<ColumnBuilder> ForColumns(CsvSource source, IReadOnlyCollection<int> keyFields, Func<string, ColumnKind?> standardKind)
    {
        var builders = new List<ColumnBuilder>();
        for (var i = 0; i < source.Names.Length; i++)
        {
            if (keyFields.Contains(i)) continue;
            var name = source.Names[i];
            builders.Add(For(name, i, source.MappedKinds[i] ?? standardKind(name), source.Dialect, source.EstimatedRows));
        }
        return builders;
    }

    /// <summary>Appends the current row to every builder, or takes back what was appended and
    /// returns the first problem. <paramref name="goodRows"/> is the row count before this row.</summary>
    public static CsvProblem? AppendRow(List<ColumnBuilder> builders, CsvSource source, int goodRows)
    {
        foreach (var b in builders)
        {
            if (b.Append(source) is not { } problem) continue;
            foreach (var done in builders) if (done.Count > goodRows) done.Truncate(goodRows);
            return problem;
        }
        return null;
    }

    public static CsvProblem NotANumber(CsvSource source, string column, int field) =>
        new(source.Line, column, source.CellText(field), "not a number",
            $"write numbers like {source.Dialect.NumberExample} with no thousands separator (file read as {source.Dialect.Describe()}; " +
            "set the dialect if that is wrong), or leave the cell empty for a missing value");

    public static CsvProblem NotFinite(CsvSource source, string column, int field) =>
        new(source.Line, column, source.CellText(field), "not a finite number", "leave the cell empty for a missing value");

    public static CsvProblem NotADate(CsvSource source, string column, int field) =>
        new(source.Line, column, source.CellText(field), "not a date",
            $"write dates as {source.Dialect.DateFormats}, or leave the cell empty for a missing value");
}
