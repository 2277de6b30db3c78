using Parquet;
using Parquet.Schema;
using SegmentationKit.Errors;

namespace SegmentationKit.Data.Parquet;

/// <summary>An open Parquet file with its columns mapped to the kit's names and kinds, the same
/// way <see cref="CsvSource"/> maps a CSV header (the mapping file's <c>customers:</c> or
/// <c>transactions:</c> section applies to the column names). Rows are read one row group at a time.</summary>
internal sealed class ParquetSource : IDisposable
{
    private readonly ParquetReader _reader;

    private ParquetSource(string path, ParquetReader reader, DataField[] fields, string[] names, ColumnKind?[] mappedKinds, long rowCount)
    {
        Path = path;
        _reader = reader;
        Fields = fields;
        Names = names;
        MappedKinds = mappedKinds;
        RowCount = rowCount;
    }

    public string Path { get; }
    /// <summary>The file's columns, in file order.</summary>
    public DataField[] Fields { get; }
    /// <summary>Column names after the mapping, parallel to <see cref="Fields"/>.</summary>
    public string[] Names { get; }
    /// <summary>Kinds the mapping fixes, parallel to <see cref="Fields"/> (null: not fixed).</summary>
    public ColumnKind?[] MappedKinds { get; }
    /// <summary>Rows in the whole file (from its footer).</summary>
    public long RowCount { get; }

    public static ParquetSource Open(string path, CsvReadOptions? options)
    {
        options ??= CsvReadOptions.Default;
        if (!File.Exists(path))
            throw new DataValidationException(path, null, null, null, "the file does not exist", "check the path");
        ParquetReader reader;
        try
        {
            reader = ParquetReader.CreateAsync(path, new ParquetOptions { UseDateOnlyTypeForDates = true, TreatByteArrayAsString = true })
                .GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is ParquetException or IOException or InvalidDataException or NotSupportedException or ArgumentException)
        {
            throw new DataValidationException(path, null, null, null, $"not a readable Parquet file ({e.Message.TrimEnd('.')})",
                "export the table again as Parquet, or give a .csv file; the format is chosen by the file's extension");
        }
        try
        {
            if (reader.Schema.Fields.Any(f => f.SchemaType != SchemaType.Data))
                throw new DataValidationException(path, null, reader.Schema.Fields.First(f => f.SchemaType != SchemaType.Data).Name, null,
                    "the column is nested (a list, map or struct); the kit reads flat tables",
                    "flatten the table before export (one value per column and row)");
            var fields = reader.Schema.GetDataFields();
            var headers = fields.Select(f => f.Name.Trim()).ToArray();
            var names = new string[fields.Length];
            var kinds = new ColumnKind?[fields.Length];
            var mapping = options.Mapping ?? ColumnMapping.Empty;
            foreach (var map in mapping.Columns)
                if (!headers.Any(h => map == mapping.Find(h)))
                    throw new DataValidationException(path, null, map.Source, null, "the mapping names a column the file does not have",
                        $"fix the mapping or the file; the file has: {string.Join(", ", headers)}");
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < fields.Length; i++)
            {
                var map = mapping.Find(headers[i]);
                names[i] = map?.Name ?? headers[i];
                kinds[i] = map?.Kind;
                if (!seen.TryAdd(names[i], i))
                    throw new DataValidationException(path, null, names[i], null,
                        $"the column appears twice (columns {seen[names[i]] + 1} and {i + 1})", "rename or remove one of them, or fix the mapping");
            }
            var rows = reader.RowGroups.Sum(g => g.RowCount);
            return new ParquetSource(path, reader, fields, names, kinds, rows);
        }
        catch
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw;
        }
    }

    /// <summary>Index of the column loaded as <paramref name="name"/>, or -1.</summary>
    public int IndexOf(string name) => Array.IndexOf(Names, name);

    public int Require(string name, string what)
    {
        var i = IndexOf(name);
        if (i >= 0) return i;
        throw new DataValidationException(Path, null, name, null, $"required column is missing ({what})",
            $"add a '{name}' column or map one of the file's columns to it with a mapping file (--mapping); the file has: {string.Join(", ", Fields.Select(f => f.Name))}");
    }

    /// <summary>The kind of a column's values; a column of a type the kit does not read is an error
    /// naming the file, the column and its type.</summary>
    public ParquetValueKind KindOf(int field) =>
        ParquetCells.KindOf(Fields[field]) ?? throw new DataValidationException(Path, null, Names[field], null,
            $"the column is stored as {ParquetCells.Describe(Fields[field])}, which the kit does not read",
            "store it as text, a number, a DATE or a BOOLEAN, or leave the column out of the file");

    /// <summary>Checks that a column's stored type can be read as <paramref name="kind"/>; otherwise
    /// an error naming the file, the column, both types and the cast that fixes it.</summary>
    /// <param name="remappable">Whether the mapping file may give the column another kind (false for
    /// the columns the kit requires: id, date, amount).</param>
    public void CheckKind(int field, ColumnKind kind, bool remappable)
    {
        var stored = KindOf(field);
        var fits = kind switch
        {
            ColumnKind.Numeric => stored == ParquetValueKind.Number,
            ColumnKind.Date => stored == ParquetValueKind.Date,
            ColumnKind.Boolean => stored == ParquetValueKind.Boolean,
            _ => true,
        };
        if (fits) return;
        var name = Names[field];
        var source = Fields[field].Name;
        var (wanted, cast) = kind switch
        {
            ColumnKind.Numeric => ("a number", $"store it as DOUBLE, BIGINT or DECIMAL: CAST(\"{source}\" AS DOUBLE) in DuckDB, df[\"{source}\"].astype(\"float64\") in pandas"),
            ColumnKind.Date => ("a date", $"store it as DATE: CAST(\"{source}\" AS DATE) in DuckDB, pd.to_datetime(df[\"{source}\"]) in pandas"),
            _ => ("a yes/no value", $"store it as BOOLEAN: CAST(\"{source}\" AS BOOLEAN) in DuckDB, df[\"{source}\"].astype(\"bool\") in pandas"),
        };
        var other = remappable ? $", or give '{name}' another kind in the mapping file (--mapping)" : "";
        throw new DataValidationException(Path, null, name, null,
            $"the column is stored as {ParquetCells.Describe(Fields[field])} but '{name}' is read as {wanted}", cast + other);
    }

    /// <summary>A customer id column holds text or integers (written as their digits); a date or
    /// yes/no column cannot be an id.</summary>
    public void CheckId(int field, string what)
    {
        if (KindOf(field) is ParquetValueKind.Text or ParquetValueKind.Number) return;
        throw new DataValidationException(Path, null, Names[field], null,
            $"the column is stored as {ParquetCells.Describe(Fields[field])} but a customer id is text or an integer",
            $"store the ids as VARCHAR or BIGINT ({what}), or map another column to '{Names[field]}' with --mapping");
    }

    /// <summary>The error for a file with its columns but no rows.</summary>
    public DataValidationException NoRows() =>
        new DataValidationException(Path, null, null, null, "the Parquet file has columns but no rows",
            "export the table with its rows, or check that the right file was given");

    /// <summary>The file's row groups in order, each with the given columns read (null for the others).
    /// A group's values are valid until the next group is read.</summary>
    public IEnumerable<ParquetRowGroupCells> RowGroups(IReadOnlyList<int> fields)
    {
        long first = 0;
        // One reader per column for the whole file: its buffers are reused group after group, so the
        // group yielded last is only valid until the next one is read.
        var cells = new ParquetCells?[Fields.Length];
        foreach (var f in fields) cells[f] = new ParquetCells(Fields[f]);
        foreach (var group in _reader.RowGroups)
        {
            var rows = checked((int)group.RowCount);
            foreach (var f in fields) cells[f]!.Read(group, rows);
            yield return new ParquetRowGroupCells(first, rows, cells);
            first += rows;
        }
    }

    public void Dispose() => _reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
