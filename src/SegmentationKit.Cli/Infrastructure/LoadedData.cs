using SegmentationKit.Data;
using SegmentationKit.IO;

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
    /// <summary>The encoding each data file was read with, by path as typed (see <see cref="TextInput"/>).</summary>
    public IReadOnlyDictionary<string, TextEncoding> Encodings { get; init; } = new Dictionary<string, TextEncoding>();

    public SegmentationData ToSegmentationData() => new(Customers, Transactions, AsOf);

    /// <summary>The manifest entries of <see cref="InputFiles"/> and <paramref name="more"/>, with the
    /// encoding each was read with.</summary>
    public List<ManifestInput> ManifestInputs(params IEnumerable<string> more) =>
        InputFiles.Concat(more).Select(f => RunManifest.Input(f, Encodings.GetValueOrDefault(f))).ToList();
}
