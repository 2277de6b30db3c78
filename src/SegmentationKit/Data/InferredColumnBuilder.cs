using System.Text;

namespace SegmentationKit.Data;

/// <summary>A column whose kind is not known in advance: keeps the text and decides at the end, in
/// this order, the first kind every non-empty value fits: boolean (true/false, yes/no, oui/non,
/// 1/0, with at least one word, so a 0/1 column stays numeric), numeric, date, else categorical.
/// Never fails, so it never rejects a row.</summary>
internal sealed class InferredColumnBuilder(string name, int field, CsvDialectRules dialect, int capacity)
    : TextColumnBuilder(name, field, capacity)
{
    public override Column Build() => Infer(Name, Values, dialect);

    public static Column Infer(string name, IReadOnlyList<string?> values, CsvDialectRules dialect)
    {
        bool boolean = true, anyWord = false, numeric = true, date = true, any = false;
        Span<byte> buffer = stackalloc byte[64];
        foreach (var v in values)
        {
            if (v is null) continue;
            any = true;
            var utf8 = Utf8(v, buffer);
            if (boolean)
            {
                boolean = CsvCells.TryParseBoolean(utf8, out _, out var word);
                anyWord |= word;
            }
            if (numeric) numeric = CsvCells.TryParseNumber(utf8, dialect.Numbers, out var d) && double.IsFinite(d);
            if (date) date = CsvCells.TryParseDate(utf8, dialect.DayFirstDates, out _);
            if (!boolean && !numeric && !date) break;
        }
        if (!any) return CategoricalColumn.FromValues(name, values);
        if (boolean && anyWord)
            return new BooleanColumn(name, values.Select(v => v is null ? (bool?)null : Bool(v)).ToArray());
        if (numeric)
            return new NumericColumn(name, values.Select(v =>
            {
                if (v is null) return double.NaN;
                CsvCells.TryParseNumber(Encoding.UTF8.GetBytes(v), dialect.Numbers, out var d);
                return d;
            }).ToArray());
        if (date)
            return new DateColumn(name, values.Select(v =>
            {
                if (v is null) return (DateOnly?)null;
                CsvCells.TryParseDate(Encoding.UTF8.GetBytes(v), dialect.DayFirstDates, out var d);
                return d;
            }).ToArray());
        return CategoricalColumn.FromValues(name, values);
    }

    private static bool Bool(string v)
    {
        CsvCells.TryParseBoolean(Encoding.UTF8.GetBytes(v), out var b, out _);
        return b;
    }

    private static ReadOnlySpan<byte> Utf8(string v, Span<byte> buffer)
    {
        if (Encoding.UTF8.GetMaxByteCount(v.Length) <= buffer.Length)
            return buffer[..Encoding.UTF8.GetBytes(v, buffer)];
        return Encoding.UTF8.GetBytes(v);
    }
}
