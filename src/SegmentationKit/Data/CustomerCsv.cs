using SegmentationKit.Errors;

namespace SegmentationKit.Data;

/// <summary>Loads a customer table from CSV: one row per customer, a <c>customer_id</c> column
/// (required, unique) and any other columns. Standard names (<see cref="CustomerColumns"/>) are read
/// as their standard kind, other columns as the kind their values show; an empty cell is a missing
/// value, never 0. UTF-8 with or without BOM; dialect per <see cref="CsvReadOptions.Dialect"/>.</summary>
public static class CustomerCsv
{
    /// <summary>Loads the file or throws a <see cref="DataValidationException"/> at the first
    /// problem, naming the file, line (header = 1), column, value and the fix.</summary>
    public static CustomerTable Load(string path, CsvReadOptions? options = null) =>
        Read(path, options, rejects: null);

    /// <summary>Loads the rows that are good and returns every other row with its reason. Problems
    /// with the file as a whole (empty, missing column, …) still throw.</summary>
    public static CsvLoadResult<CustomerTable> LoadLenient(string path, CsvReadOptions? options = null)
    {
        var rejects = new List<RejectedRow>();
        var table = Read(path, options, rejects);
        return new CsvLoadResult<CustomerTable>(table, rejects);
    }

    private static CustomerTable Read(string path, CsvReadOptions? options, List<RejectedRow>? rejects)
    {
        var malformedRows = 0;
        CsvProblem? firstReject = null;
        Action<CsvProblem>? malformed = rejects is null ? null : p =>
        {
            malformedRows++;
            firstReject ??= p;
            rejects.Add(p.ToReject(path));
        };
        using var source = CsvSource.Open(path, options, malformed);
        var idField = source.Require(CustomerColumns.CustomerId, "one unique id per customer");
        var builders = new List<ColumnBuilder>();
        for (var i = 0; i < source.Names.Length; i++)
        {
            if (i == idField) continue;
            var name = source.Names[i];
            builders.Add(ColumnBuilder.For(name, i, source.MappedKinds[i] ?? CustomerColumns.StandardKind(name), source.Dialect, source.EstimatedRows));
        }

        var ids = new List<string>(source.EstimatedRows);
        var firstLineOfId = new Dictionary<string, long>(source.EstimatedRows, StringComparer.Ordinal);
        var dataRows = 0;
        while (source.Read())
        {
            dataRows++;
            var problem = RowProblem(source, idField, firstLineOfId, builders, ids.Count, out var id);
            if (problem is { } p)
            {
                if (rejects is null) throw p.ToException(path);
                firstReject ??= p;
                rejects.Add(p.ToReject(path));
                continue;
            }
            ids.Add(id!);
            firstLineOfId.Add(id!, source.Line);
        }
        // The reader reports broken quoting as it scans ahead, so restore file order.
        rejects?.Sort((a, b) => a.Line.CompareTo(b.Line));
        CsvLoad.CheckRows(path, dataRows + malformedRows, ids.Count, firstReject);
        return new CustomerTable(path, ids, builders.Select(b => b.Build()));
    }

    private static CsvProblem? RowProblem(CsvSource source, int idField, Dictionary<string, long> firstLineOfId,
        List<ColumnBuilder> builders, int goodRows, out string? id)
    {
        id = null;
        if (source.FieldCountProblem() is { } ragged) return ragged;
        var reader = source.Reader;
        if (reader.IsEmpty(idField))
            return new CsvProblem(source.Line, CustomerColumns.CustomerId, null, "the customer id is empty", "give every customer an id");
        id = reader.GetString(idField)!;
        if (firstLineOfId.TryGetValue(id, out var first))
            return new CsvProblem(source.Line, CustomerColumns.CustomerId, id, $"duplicate customer id (first seen on line {first})",
                "give every customer a unique id, or merge the two rows");
        foreach (var b in builders)
        {
            if (b.Append(source) is not { } problem) continue;
            foreach (var done in builders) if (done.Count > goodRows) done.Truncate(goodRows);
            return problem;
        }
        return null;
    }
}
