using SegmentationKit.Errors;

namespace SegmentationKit.Data;

/// <summary>Loads a customer table from CSV: one row per customer, a <c>customer_id</c> column
/// (required, unique) and any other columns. Standard names (<see cref="CustomerColumns"/>) are read
/// as their standard kind, other columns as the kind their values show; an empty cell is a missing
/// value, never 0. Encoding per <see cref="IO.TextInput"/> (UTF-8, UTF-16 or Windows-1252, detected or given); dialect per <see cref="CsvReadOptions.Dialect"/>.</summary>
public static class CustomerCsv
{
    /// <summary>Loads the file or throws a <see cref="DataValidationException"/> at the first
    /// problem, naming the file, line (header = 1), column, value and the fix.</summary>
    /// <param name="progress">Receives the rows read so far; null: no reports.</param>
    public static CustomerTable Load(string path, CsvReadOptions? options = null, IProgress<WorkProgress>? progress = null) =>
        Read(path, options, rejects: null, progress);

    /// <summary>Loads the rows that are good and returns every other row with its reason. Problems
    /// with the file as a whole (empty, missing column, …) still throw.</summary>
    public static CsvLoadResult<CustomerTable> LoadLenient(string path, CsvReadOptions? options = null, IProgress<WorkProgress>? progress = null)
    {
        var rejects = new List<RejectedRow>();
        var table = Read(path, options, rejects, progress);
        return new CsvLoadResult<CustomerTable>(table, rejects);
    }

    private static CustomerTable Read(string path, CsvReadOptions? options, List<RejectedRow>? rejects, IProgress<WorkProgress>? progress)
    {
        var load = new CsvLoad(path, rejects);
        using var source = CsvSource.Open(path, options, load.MalformedSink);
        var idField = source.Require(CustomerColumns.CustomerId, "one unique id per customer");
        var builders = ColumnBuilder.ForColumns(source, [idField], CustomerColumns.StandardKind);

        var ids = new List<string>(source.EstimatedRows);
        var firstLineOfId = new Dictionary<string, long>(source.EstimatedRows, StringComparer.Ordinal);
        var report = new WorkProgressReporter(progress, WorkProgress.LoadingStep(path), source.EstimatedRows, "rows");
        while (source.Read())
        {
            load.CountRow();
            report.Advance();
            if (RowProblem(source, idField, firstLineOfId, builders, ids.Count, out var id) is { } problem)
            {
                load.Reject(problem);
                continue;
            }
            ids.Add(id!);
            firstLineOfId.Add(id!, source.Line);
        }
        load.Finish(ids.Count);
        report.Done();
        return new CustomerTable(path, ids, builders.Select(b => b.Build())) { Encoding = source.Encoding };
    }

    private static CsvProblem? RowProblem(CsvSource source, int idField, Dictionary<string, long> firstLineOfId,
        List<ColumnBuilder> builders, int goodRows, out string? id)
    {
        id = null;
        if (source.FieldCountProblem() is { } ragged) return ragged;
        var reader = source.Reader;
        if (reader.IsEmpty(idField))
            return new CsvProblem(source.Line, CustomerColumns.CustomerId, null, "the customer id is empty", "give every customer an id");
        id = source.TextValue(idField);
        if (firstLineOfId.TryGetValue(id, out var first))
            return new CsvProblem(source.Line, CustomerColumns.CustomerId, id, $"duplicate customer id (first seen on line {first})",
                "give every customer a unique id, or merge the two rows");
        return ColumnBuilder.AppendRow(builders, source, goodRows);
    }
}
