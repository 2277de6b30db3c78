using Parquet;
using Parquet.Schema;

namespace SegmentationKit.Data.Parquet;

/// <summary>Writes typed columns to a Parquet file in row groups: text as nullable strings, numbers
/// as nullable DOUBLE (a missing NaN becomes a null), dates as DATE, yes/no as BOOLEAN — the types
/// DuckDB, pandas and Spark read without a cast.</summary>
internal static class ParquetColumnWriter
{
    /// <summary>Rows per row group: small enough that a group's arrays stay a few MB, large enough
    /// for good compression (DuckDB writes 122,880).</summary>
    public const int RowGroupSize = 262_144;

    /// <summary>One column to write: its schema field and a writer of rows [start, start + count).</summary>
    public sealed record Output(DataField Field, Func<ParquetRowGroupWriter, DataField, int, int, Task> Write);

    public static Output Text(string name, IReadOnlyList<string?> values) =>
        new(new DataField<string>(name, true), (group, field, start, count) =>
        {
            var chunk = new string?[count];
            for (var i = 0; i < count; i++) chunk[i] = string.IsNullOrEmpty(values[start + i]) ? null : values[start + i];
            return group.WriteAsync(field, chunk!);
        });

    public static Output Numbers(string name, ReadOnlyMemory<double> values) =>
        new(new DataField<double?>(name), (group, field, start, count) =>
        {
            var chunk = new double?[count];
            var span = values.Span.Slice(start, count);
            for (var i = 0; i < count; i++) chunk[i] = double.IsNaN(span[i]) ? null : span[i];
            return group.WriteAsync<double>(field, chunk.AsMemory());
        });

    public static Output Dates(string name, ReadOnlyMemory<DateOnly?> values) =>
        new(new DataField<DateOnly?>(name), (group, field, start, count) =>
            group.WriteAsync<DateOnly>(field, values.Slice(start, count)));

    public static Output Booleans(string name, ReadOnlyMemory<bool?> values) =>
        new(new DataField<bool?>(name), (group, field, start, count) =>
            group.WriteAsync<bool>(field, values.Slice(start, count)));

    /// <summary>A kit column as its natural Parquet type.</summary>
    public static Output For(Column column) => column switch
    {
        NumericColumn n => Numbers(n.Name, n.Values.ToArray()),
        DateColumn d => Dates(d.Name, d.Values.ToArray()),
        BooleanColumn b => Booleans(b.Name, b.Values.ToArray()),
        CategoricalColumn c => Text(c.Name, Enumerable.Range(0, c.Length).Select(i => c[i]).ToArray()),
        _ => throw new ArgumentException($"column '{column.Name}' is of an unknown kind", nameof(column)),
    };

    /// <summary>Writes <paramref name="rows"/> rows of the columns to <paramref name="path"/> (replaced).</summary>
    public static void Write(string path, int rows, IReadOnlyList<Output> columns)
    {
        var schema = new ParquetSchema(columns.Select(c => (Field)c.Field).ToArray());
        using var stream = File.Create(path);
        var writer = ParquetWriter.CreateAsync(schema, stream, new ParquetOptions { CompressionMethod = CompressionMethod.Snappy })
            .GetAwaiter().GetResult();
        try
        {
            // A file with no rows still has its columns (one empty row group).
            for (var start = 0; start < rows || start == 0; start += RowGroupSize)
            {
                var count = Math.Min(RowGroupSize, rows - start);
                using var group = writer.CreateRowGroup();
                foreach (var c in columns) c.Write(group, c.Field, start, count).GetAwaiter().GetResult();
                if (rows == 0) break;
            }
        }
        finally
        {
            writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
