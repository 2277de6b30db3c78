namespace SegmentationKit.Data;

/// <summary>Loads a customer table from CSV or Parquet, chosen by the file's extension
/// (<c>.parquet</c>, any case, is Parquet; anything else is CSV). Both follow the same rules: the
/// same column mapping, standard kinds, validation and error messages (see <see cref="CustomerCsv"/>;
/// for Parquet the dialect and encoding do not apply and a stored type must fit the column's kind).</summary>
public static class CustomerFile
{
    /// <summary>Loads the file or throws a <see cref="Errors.DataValidationException"/> at the first problem.</summary>
    /// <param name="progress">Receives the rows read so far (see <see cref="WorkProgress"/>); null: no reports.</param>
    public static CustomerTable Load(string path, CsvReadOptions? options = null, IProgress<WorkProgress>? progress = null) =>
        DataFileFormat.IsParquet(path)
            ? Parquet.CustomerParquet.Read(path, options, rejects: null, progress)
            : CustomerCsv.Load(path, options, progress);

    /// <summary>Loads the good rows and returns every other row with its reason (see <see cref="CustomerCsv.LoadLenient"/>).</summary>
    public static CsvLoadResult<CustomerTable> LoadLenient(string path, CsvReadOptions? options = null, IProgress<WorkProgress>? progress = null)
    {
        if (!DataFileFormat.IsParquet(path)) return CustomerCsv.LoadLenient(path, options, progress);
        var rejects = new List<RejectedRow>();
        var table = Parquet.CustomerParquet.Read(path, options, rejects, progress);
        return new CsvLoadResult<CustomerTable>(table, rejects);
    }
}
