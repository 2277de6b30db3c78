using System.Globalization;
using Parquet;
using Parquet.Schema;

namespace SegmentationKit.Data.Parquet;

/// <summary>One column of one row group, read into typed values (null where the file holds a null):
/// numbers as double, dates as <see cref="DateOnly"/> (a TIMESTAMP's calendar date), text and booleans as they are.
/// The arrays are kept from one row group to the next: a group's columns are large-object-heap arrays
/// that a fresh allocation per group would pile up until a full collection (hundreds of MB on a
/// million-row file).</summary>
internal sealed class ParquetCells
{
    private double?[]? _numbers;
    private string?[]? _texts;
    private DateOnly?[]? _dates;
    private bool?[]? _booleans;
    /// <summary>The values as stored, before conversion to double or DateOnly.</summary>
    private Array? _raw;

    public ParquetCells(DataField field)
    {
        Field = field;
        Kind = KindOf(field) ?? throw new ArgumentException($"unsupported Parquet type of '{field.Name}'", nameof(field));
    }

    public DataField Field { get; }

    public ParquetValueKind Kind { get; }

    /// <summary>The kind of a field's values, or null for a type the kit does not read (binary,
    /// time of day, intervals, nested lists, maps and structs).</summary>
    public static ParquetValueKind? KindOf(DataField field)
    {
        if (field.IsArray) return null;
        var t = field.ClrType;
        if (IsText(t)) return ParquetValueKind.Text;
        if (t == typeof(bool)) return ParquetValueKind.Boolean;
        if (t == typeof(DateOnly) || t == typeof(DateTime) || t == typeof(DateTimeOffset)) return ParquetValueKind.Date;
        if (t == typeof(double) || t == typeof(float) || t == typeof(decimal) || t == typeof(Half)
            || t == typeof(sbyte) || t == typeof(byte) || t == typeof(short) || t == typeof(ushort)
            || t == typeof(int) || t == typeof(uint) || t == typeof(long) || t == typeof(ulong)) return ParquetValueKind.Number;
        return null;
    }

    /// <summary>The field's type as a user sees it in DuckDB or pandas: DOUBLE, BIGINT, VARCHAR (text), DATE…</summary>
    public static string Describe(DataField field)
    {
        var t = field.ClrType;
        if (field.IsArray) return "a list";
        return IsText(t) ? "text (VARCHAR)"
            : t == typeof(bool) ? "BOOLEAN"
            : t == typeof(DateOnly) ? "DATE"
            : t == typeof(DateTime) || t == typeof(DateTimeOffset) ? "TIMESTAMP"
            : t == typeof(double) ? "DOUBLE"
            : t == typeof(float) ? "FLOAT"
            : t == typeof(decimal) ? "DECIMAL"
            : t == typeof(long) ? "BIGINT"
            : t == typeof(int) ? "INTEGER"
            : t == typeof(short) ? "SMALLINT"
            : t == typeof(sbyte) || t == typeof(byte) ? "TINYINT"
            : t.Name;
    }

    /// <summary>Reads the field's values of <paramref name="group"/> (rows [0, rows)), replacing the previous group's.</summary>
    public void Read(ParquetRowGroupReader group, int rows)
    {
        var t = Field.ClrType;
        if (IsText(t))
        {
            _texts = Buffer(_texts, rows);
            group.ReadAsync(Field, _texts.AsMemory(0, rows)).AsTask().GetAwaiter().GetResult();
        }
        else if (t == typeof(bool)) _booleans = Values(_booleans, group, rows);
        else if (t == typeof(DateOnly)) _dates = Values(_dates, group, rows);
        else if (t == typeof(DateTime)) _dates = Convert<DateTime, DateOnly>(group, rows, DateOnly.FromDateTime, _dates);
        else if (t == typeof(DateTimeOffset)) _dates = Convert<DateTimeOffset, DateOnly>(group, rows, d => DateOnly.FromDateTime(d.DateTime), _dates);
        else if (t == typeof(double)) _numbers = Values(_numbers, group, rows);
        else _numbers =
            t == typeof(float) ? Convert<float, double>(group, rows, v => v, _numbers)
            : t == typeof(decimal) ? Convert<decimal, double>(group, rows, v => (double)v, _numbers)
            : t == typeof(Half) ? Convert<Half, double>(group, rows, v => (double)v, _numbers)
            : t == typeof(long) ? Convert<long, double>(group, rows, v => v, _numbers)
            : t == typeof(ulong) ? Convert<ulong, double>(group, rows, v => v, _numbers)
            : t == typeof(int) ? Convert<int, double>(group, rows, v => v, _numbers)
            : t == typeof(uint) ? Convert<uint, double>(group, rows, v => v, _numbers)
            : t == typeof(short) ? Convert<short, double>(group, rows, v => v, _numbers)
            : t == typeof(ushort) ? Convert<ushort, double>(group, rows, v => v, _numbers)
            : t == typeof(sbyte) ? Convert<sbyte, double>(group, rows, v => v, _numbers)
            : t == typeof(byte) ? Convert<byte, double>(group, rows, v => v, _numbers)
            : throw new InvalidOperationException($"unsupported Parquet type {t.Name} reached the reader");
    }

    public bool IsNull(int row) => Kind switch
    {
        ParquetValueKind.Number => _numbers![row] is null,
        // An empty string is a missing value, as an empty CSV cell is.
        ParquetValueKind.Text => string.IsNullOrEmpty(_texts![row]),
        ParquetValueKind.Date => _dates![row] is null,
        _ => _booleans![row] is null,
    };

    public double Number(int row) => _numbers![row]!.Value;
    public DateOnly Date(int row) => _dates![row]!.Value;
    public bool Boolean(int row) => _booleans![row]!.Value;

    /// <summary>The value as invariant text (what a CSV export would hold), or null when missing.</summary>
    public string? Text(int row)
    {
        if (IsNull(row)) return null;
        return Kind switch
        {
            ParquetValueKind.Text => _texts![row],
            ParquetValueKind.Number => _numbers![row]!.Value.ToString("R", CultureInfo.InvariantCulture),
            ParquetValueKind.Date => _dates![row]!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => _booleans![row]!.Value ? "true" : "false",
        };
    }

    // Parquet.Net 6 gives UTF-8 text fields as ReadOnlyMemory<char> unless asked for strings.
    private static bool IsText(Type t) => t == typeof(string) || t == typeof(ReadOnlyMemory<char>);

    private static T[] Buffer<T>(T[]? buffer, int rows) => buffer is not null && buffer.Length >= rows ? buffer : new T[rows];

    private T?[] Values<T>(T?[]? buffer, ParquetRowGroupReader group, int rows) where T : struct
    {
        var values = Buffer(buffer, rows);
        group.ReadAsync<T>(Field, values.AsMemory(0, rows)).AsTask().GetAwaiter().GetResult();
        return values;
    }

    private TOut?[] Convert<TIn, TOut>(ParquetRowGroupReader group, int rows, Func<TIn, TOut> convert, TOut?[]? buffer) where TIn : struct where TOut : struct
    {
        var raw = Values(_raw as TIn?[], group, rows);
        _raw = raw;
        var result = Buffer(buffer, rows);
        for (var i = 0; i < rows; i++) result[i] = raw[i] is { } v ? convert(v) : null;
        return result;
    }
}
