namespace SegmentationKit.Data.Parquet;

/// <summary>Collects one column's values from a Parquet file, with the rules of the CSV builders
/// (<see cref="ColumnBuilder"/>): a null is a missing value (NaN, null, code -1) as an empty CSV cell
/// is, a stored NaN or infinity is refused, and a text column of no standard kind gets the kind its
/// values show (<see cref="InferredColumnBuilder"/>). The stored type was checked against the kind
/// when the file was opened (<see cref="ParquetSource.CheckKind"/>).</summary>
internal abstract class ParquetColumnBuilder(string name, int field)
{
    public string Name { get; } = name;
    public int Field { get; } = field;
    public abstract int Count { get; }

    /// <summary>Appends the row's value, or returns the problem with it (and appends nothing).</summary>
    public abstract CsvProblem? Append(ParquetRowGroupCells group, int row);

    public abstract void Truncate(int count);

    public abstract Column Build();

    /// <summary>Builders for every column but the <paramref name="keyFields"/>: the mapping's kind,
    /// else <paramref name="standardKind"/> of the name, else the kind the stored type gives (text is inferred).</summary>
    public static List<ParquetColumnBuilder> ForColumns(ParquetSource source, IReadOnlyCollection<int> keyFields, Func<string, ColumnKind?> standardKind)
    {
        var builders = new List<ParquetColumnBuilder>();
        var capacity = (int)Math.Min(source.RowCount, int.MaxValue);
        for (var i = 0; i < source.Names.Length; i++)
        {
            if (keyFields.Contains(i)) continue;
            var name = source.Names[i];
            var kind = source.MappedKinds[i] ?? standardKind(name);
            var stored = source.KindOf(i);
            if (kind is { } k) source.CheckKind(i, k, remappable: true);
            kind ??= stored switch
            {
                ParquetValueKind.Number => ColumnKind.Numeric,
                ParquetValueKind.Date => ColumnKind.Date,
                ParquetValueKind.Boolean => ColumnKind.Boolean,
                _ => null,
            };
            builders.Add(kind switch
            {
                ColumnKind.Numeric => new Numbers(name, i, capacity),
                ColumnKind.Date => new Dates(name, i, capacity),
                ColumnKind.Boolean => new Booleans(name, i, capacity),
                ColumnKind.Categorical => new Texts(name, i, capacity, infer: false),
                _ => new Texts(name, i, capacity, infer: true),
            });
        }
        return builders;
    }

    /// <summary>Appends the row to every builder, or takes back what was appended and returns the
    /// first problem. <paramref name="goodRows"/> is the row count before this row.</summary>
    public static CsvProblem? AppendRow(List<ParquetColumnBuilder> builders, ParquetRowGroupCells group, int row, int goodRows)
    {
        foreach (var b in builders)
        {
            if (b.Append(group, row) is not { } problem) continue;
            foreach (var done in builders) if (done.Count > goodRows) done.Truncate(goodRows);
            return problem;
        }
        return null;
    }

    public static CsvProblem NotFinite(ParquetRowGroupCells group, int row, string column, ParquetCells cells) =>
        new(group.LineOf(row), column, cells.Text(row), "not a finite number", "store a null for a missing value");

    private sealed class Numbers(string name, int field, int capacity) : ParquetColumnBuilder(name, field)
    {
        private readonly List<double> _values = new(capacity);
        public override int Count => _values.Count;

        public override CsvProblem? Append(ParquetRowGroupCells group, int row)
        {
            var cells = group.Cells[Field]!;
            if (cells.IsNull(row)) { _values.Add(double.NaN); return null; }
            var v = cells.Number(row);
            if (!double.IsFinite(v)) return NotFinite(group, row, Name, cells);
            _values.Add(v);
            return null;
        }

        public override void Truncate(int count) => _values.RemoveRange(count, _values.Count - count);
        public override Column Build() => new NumericColumn(Name, _values.ToArray());
    }

    private sealed class Dates(string name, int field, int capacity) : ParquetColumnBuilder(name, field)
    {
        private readonly List<DateOnly?> _values = new(capacity);
        public override int Count => _values.Count;

        public override CsvProblem? Append(ParquetRowGroupCells group, int row)
        {
            var cells = group.Cells[Field]!;
            _values.Add(cells.IsNull(row) ? null : cells.Date(row));
            return null;
        }

        public override void Truncate(int count) => _values.RemoveRange(count, _values.Count - count);
        public override Column Build() => new DateColumn(Name, _values.ToArray());
    }

    private sealed class Booleans(string name, int field, int capacity) : ParquetColumnBuilder(name, field)
    {
        private readonly List<bool?> _values = new(capacity);
        public override int Count => _values.Count;

        public override CsvProblem? Append(ParquetRowGroupCells group, int row)
        {
            var cells = group.Cells[Field]!;
            _values.Add(cells.IsNull(row) ? null : cells.Boolean(row));
            return null;
        }

        public override void Truncate(int count) => _values.RemoveRange(count, _values.Count - count);
        public override Column Build() => new BooleanColumn(Name, _values.ToArray());
    }

    /// <summary>Categories (any stored type, as its invariant text), or text whose kind is inferred
    /// from the values as in a CSV file (standard dialect: ISO dates, decimal point).</summary>
    private sealed class Texts(string name, int field, int capacity, bool infer) : ParquetColumnBuilder(name, field)
    {
        private readonly List<string?> _values = new(capacity);
        // One string per distinct value, as the CSV reader pools them: the reader hands out a new
        // string per row, and a category column of a million rows has a handful of values.
        private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);
        public override int Count => _values.Count;

        public override CsvProblem? Append(ParquetRowGroupCells group, int row)
        {
            var value = group.Cells[Field]!.Text(row);
            if (value is not null && !_pool.TryAdd(value, value)) value = _pool[value];
            _values.Add(value);
            return null;
        }

        public override void Truncate(int count) => _values.RemoveRange(count, _values.Count - count);

        public override Column Build() => infer
            ? InferredColumnBuilder.Infer(Name, _values, CsvDialectRules.Standard)
            : CategoricalColumn.FromValues(Name, _values);
    }
}
