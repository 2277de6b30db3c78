using SegmentationKit.Errors;

namespace SegmentationKit.Data.Parquet;

/// <summary>Loads a customer table from a Parquet file with the rules of <see cref="CustomerCsv"/>:
/// a <c>customer_id</c> column (text or integers, required, unique), standard columns as their
/// standard kind (the stored type must fit it), other columns as their stored type (text inferred),
/// a null a missing value. Rows are numbered as in a CSV export (first row = line 2).</summary>
internal static class CustomerParquet
{
    public static CustomerTable Read(string path, CsvReadOptions? options, List<RejectedRow>? rejects, IProgress<WorkProgress>? progress)
    {
        using var source = ParquetSource.Open(path, options);
        var idField = source.Require(CustomerColumns.CustomerId, "one unique id per customer");
        source.CheckId(idField, "give every customer an id");
        var builders = ParquetColumnBuilder.ForColumns(source, [idField], CustomerColumns.StandardKind);
        if (source.RowCount == 0) throw source.NoRows();

        var load = new CsvLoad(path, rejects);
        var capacity = (int)Math.Min(source.RowCount, int.MaxValue);
        var ids = new List<string>(capacity);
        var firstLineOfId = new Dictionary<string, long>(capacity, StringComparer.Ordinal);
        var report = new WorkProgressReporter(progress, WorkProgress.LoadingStep(path), source.RowCount, "rows");
        foreach (var group in source.RowGroups([idField, .. builders.Select(b => b.Field)]))
        {
            var idCells = group.Cells[idField]!;
            for (var row = 0; row < group.Rows; row++)
            {
                load.CountRow();
                var line = group.LineOf(row);
                CsvProblem? problem;
                var id = idCells.Text(row);
                if (id is null)
                    problem = new CsvProblem(line, CustomerColumns.CustomerId, null, "the customer id is empty", "give every customer an id");
                else if (firstLineOfId.TryGetValue(id, out var first))
                    problem = new CsvProblem(line, CustomerColumns.CustomerId, id, $"duplicate customer id (first seen on line {first})",
                        "give every customer a unique id, or merge the two rows");
                else
                    problem = ParquetColumnBuilder.AppendRow(builders, group, row, ids.Count);
                if (problem is { } p)
                {
                    load.Reject(p);
                    continue;
                }
                ids.Add(id!);
                firstLineOfId.Add(id!, line);
            }
            report.Advance(group.Rows);
        }
        load.Finish(ids.Count);
        report.Done();
        return new CustomerTable(path, ids, builders.Select(b => b.Build()));
    }
}
