using SegmentationKit.Data;

namespace SegmentationKit.Cli.Infrastructure;

/// <summary>The data a command works on, as <see cref="DataOptions.Load"/> loaded it.</summary>
/// <param name="InputFiles">Every file read (customers, transactions, mapping), for the run manifest.</param>
/// <param name="Rejects">Rows a lenient load left out (empty in strict mode).</param>
public sealed record LoadedData(
    CustomerTable Customers,
    TransactionLog? Transactions,
    DateOnly? AsOf,
    IReadOnlyList<string> InputFiles,
    IReadOnlyList<RejectedRow> Rejects)
{
    public SegmentationData ToSegmentationData() => new(Customers, Transactions, AsOf);
}
