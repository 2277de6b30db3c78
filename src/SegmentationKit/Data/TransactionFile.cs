namespace SegmentationKit.Data;

/// <summary>Loads a transaction log from CSV or Parquet, chosen by the file's extension (see
/// <see cref="CustomerFile"/>), with the rules of <see cref="TransactionCsv"/>.</summary>
public static class TransactionFile
{
    /// <summary>Loads the file or throws a <see cref="Errors.DataValidationException"/> at the first
    /// problem; with <paramref name="customers"/>, a transaction of a customer not in it is an error.</summary>
    /// <param name="progress">Receives the rows read so far (see <see cref="WorkProgress"/>); null: no reports.</param>
    public static TransactionLog Load(string path, CsvReadOptions? options = null, CustomerTable? customers = null, IProgress<WorkProgress>? progress = null) =>
        DataFileFormat.IsParquet(path)
            ? Parquet.TransactionParquet.Read(path, options, customers, rejects: null, progress)
            : TransactionCsv.Load(path, options, customers, progress);

    /// <summary>Loads the good rows and returns every other row with its reason.</summary>
    public static CsvLoadResult<TransactionLog> LoadLenient(string path, CsvReadOptions? options = null, CustomerTable? customers = null,
        IProgress<WorkProgress>? progress = null)
    {
        if (!DataFileFormat.IsParquet(path)) return TransactionCsv.LoadLenient(path, options, customers, progress);
        var rejects = new List<RejectedRow>();
        var log = Parquet.TransactionParquet.Read(path, options, customers, rejects, progress);
        return new CsvLoadResult<TransactionLog>(log, rejects);
    }
}
