using System.Globalization;
using Parquet;
using Parquet.Schema;

namespace SegmentationKit.Data.Parquet;

/// <summary>One column of one row group, read into typed values (null where the file holds a null):
/// numbers as double, dates as <see cref="DateOnly"/> (a TIMESTAMP's calendar date), text and booleans as they are.</summary>
internal sealed class ParquetCells
{
    private readonly double?[]? _numbers;
    private readonly string?[]? _texts;
    private readonly DateOnly?[]? _dates;
    private readonly bool?[]? _booleans;

    private ParquetCells(ParquetValueKind kind, double?[]? numbers = null, string?[]? texts = null, DateOnly?[]? dates = null, bool?[]? booleans = null)
    {
        Kind = kind;
        _numbers = numbers;
        _texts = texts;
        _dates = dates;
        _booleans = booleans;
    }

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

    public static ParquetCells Read(ParquetRowGroupReader group, DataField field, int rows)
    {
        var t = field.ClrType;
        if (IsText(t))
        {
            var texts = new string?[rows];
            group.ReadAsync(field, texts.AsMemory()!).AsTask().GetAwaiter().GetResult();
            return new ParquetCells(ParquetValueKind.Text, texts: texts);
        }
        if (t == typeof(bool)) return new ParquetCells(ParquetValueKind.Boolean, booleans: Values<bool>(group, field, rows));
        if (t == typeof(DateOnly)) return new ParquetCells(ParquetValueKind.Date, dates: Values<DateOnly>(group, field, rows));
        if (t == typeof(DateTime)) return new ParquetCells(ParquetValueKind.Date, dates: Convert(Values<DateTime>(group, field, rows), DateOnly.FromDateTime));
        if (t == typeof(DateTimeOffset)) return new ParquetCells(ParquetValueKind.Date, dates: Convert(Values<DateTimeOffset>(group, field, rows), d => DateOnly.FromDateTime(d.DateTime)));
        if (t == typeof(double)) return new ParquetCells(ParquetValueKind.Number, numbers: Values<double>(group, field, rows));
        var numbers =
            t == typeof(float) ? Convert(Values<float>(group, field, rows), v => (double)v)
            : t == typeof(decimal) ? Convert(Values<decimal>(group, field, rows), v => (double)v)
            : t == typeof(Half) ? Convert(Values<Half>(group, field, rows), v => (double)v)
            : t == typeof(long) ? Convert(Values<long>(group, field, rows), v => (double)v)
            : t == typeof(ulong) ? Convert(Values<ulong>(group, field, rows), v => (double)v)
            : t == typeof(int) ? Convert(Values<int>(group, field, rows), v => (double)v)
            : t == typeof(uint) ? Convert(Values<uint>(group, field, rows), v => (double)v)
            : t == typeof(short) ? Convert(Values<short>(group, field, rows), v => (double)v)
            : t == typeof(ushort) ? Convert(Values<ushort>(group, field, rows), v => (double)v)
            : t == typeof(sbyte) ? Convert(Values<sbyte>(group, field, rows), v => (double)v)
            : t == typeof(byte) ? Convert(Values<byte>(group, field, rows), v => (double)v)
            : throw new InvalidOperationException($"unsupported Parquet type {t.Name} reached the reader");
        return new ParquetCells(ParquetValueKind.Number, numbers: numbers);
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

    private static T?[] Values<T>(ParquetRowGroupReader group, DataField field, int rows) where T : struct
    {
        var values = new T?[rows];
        group.ReadAsync<T>(field, values.AsMemory()).AsTask().GetAwaiter().GetResult();
        return values;
    }

    private static TOut?[] Convert<TIn, TOut>(TIn?[] values, Func<TIn, TOut> convert) where TIn : struct where TOut : struct
    {
        var result = new TOut?[values.Length];
        for (var i = 0; i < values.Length; i++)
            if (values[i] is { } v) result[i] = convert(v);
        return result;
    }
}
