using System.Data.Common;
using System.Globalization;
using SegmentationKit.Data;
using SegmentationKit.Errors;
using SegmentationKit.Sql;

namespace SegmentationKit.Engines.Warehouse;

/// <summary>Reads the customers table (one row per customer) into a <see cref="CustomerTable"/>:
/// numbers (integers, decimals, floats) as numeric columns, booleans as yes/no, dates as dates,
/// everything else as categories; NULL is missing. Rows are ordered by customer id (ordinal), so the
/// same table gives the same run in any database.</summary>
public static class WarehouseCustomers
{
    public static CustomerTable Read(WarehouseConnection db, string table)
    {
        var source = $"{db.Description} table {table}";
        var sql = $"SELECT * FROM {SqlIdentifier.Table(db.Dialect, table)}";
        return db.Run(sql, "--customers-table", "give an existing table with one row per customer and a customer_id column (a schema-qualified name is schema.table)",
            command =>
            {
                using var reader = command.ExecuteReader();
                var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
                var idColumn = Array.IndexOf(names, CustomerColumns.CustomerId);
                if (idColumn < 0)
                    throw new DataValidationException(source, null, CustomerColumns.CustomerId, null, "the customers table has no customer_id column",
                        $"add or rename one; the table has: {string.Join(", ", names)}");
                var types = Enumerable.Range(0, reader.FieldCount).Select(reader.GetFieldType).ToArray();
                var ids = new List<string>();
                var values = names.Select(_ => new List<object?>()).ToArray();
                while (reader.Read())
                {
                    if (reader.IsDBNull(idColumn))
                        throw new DataValidationException(source, null, CustomerColumns.CustomerId, null, $"row {ids.Count + 1} has no customer_id", "give every customer an id");
                    ids.Add(Convert.ToString(reader.GetValue(idColumn), CultureInfo.InvariantCulture)!);
                    for (var j = 0; j < names.Length; j++)
                        if (j != idColumn) values[j].Add(reader.IsDBNull(j) ? null : reader.GetValue(j));
                }
                // Ordinal id order: the database returns rows in any order.
                var order = Enumerable.Range(0, ids.Count).OrderBy(i => ids[i], StringComparer.Ordinal).ToArray();
                var columns = Enumerable.Range(0, names.Length).Where(j => j != idColumn)
                    .Select(j => Column(names[j], types[j], order.Select(i => values[j][i]).ToArray()));
                return new CustomerTable(source, order.Select(i => ids[i]).ToArray(), columns.ToList());
            });
    }

    private static Column Column(string name, Type type, object?[] values)
    {
        if (type == typeof(bool))
            return new BooleanColumn(name, values.Select(v => v is null ? (bool?)null : (bool)v).ToArray());
        if (type == typeof(DateTime) || type == typeof(DateOnly) || type == typeof(DateTimeOffset))
            return new DateColumn(name, values.Select(Date).ToArray());
        if (type == typeof(double) || type == typeof(float) || type == typeof(decimal) || type == typeof(long) || type == typeof(int)
            || type == typeof(short) || type == typeof(byte) || type == typeof(sbyte) || type == typeof(ushort) || type == typeof(uint)
            || type == typeof(ulong) || type == typeof(System.Numerics.BigInteger))
            return new NumericColumn(name, values.Select(Number).ToArray());
        return CategoricalColumn.FromValues(name, values.Select(v => v is null ? null : Convert.ToString(v, CultureInfo.InvariantCulture)).ToArray());
    }

    private static double Number(object? value) => value switch
    {
        null => double.NaN,
        System.Numerics.BigInteger b => (double)b,
        _ => Convert.ToDouble(value, CultureInfo.InvariantCulture),
    };

    private static DateOnly? Date(object? value) => value switch
    {
        null => null,
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        DateTimeOffset o => DateOnly.FromDateTime(o.Date),
        _ => DateOnly.Parse(Convert.ToString(value, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture),
    };
}
