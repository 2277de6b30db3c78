using SegmentationKit.Errors;

namespace SegmentationKit.Data;

/// <summary>The strict-or-lenient policy of one load: a problem row throws in a strict load and
/// becomes a <see cref="RejectedRow"/> in a lenient one; at the end, checks that rows were kept.</summary>
internal sealed class CsvLoad(string path, List<RejectedRow>? rejects)
{
    private int _rows;
    private CsvProblem? _firstReject;

    /// <summary>Receives records with broken quoting in a lenient load (null: strict, they throw).</summary>
    public Action<CsvProblem>? MalformedSink => rejects is null ? null : p =>
    {
        _rows++;
        Reject(p);
    };

    public void CountRow() => _rows++;

    public void Reject(CsvProblem problem)
    {
        if (rejects is null) throw problem.ToException(path);
        _firstReject ??= problem;
        rejects.Add(problem.ToReject(path));
    }

    /// <summary>A file with no data row, or a lenient load that kept none, is an error: an empty
    /// table would only fail later with a less helpful message.</summary>
    public void Finish(int keptRows)
    {
        // The reader reports broken quoting as it scans ahead, so restore file order.
        rejects?.Sort((a, b) => a.Line.CompareTo(b.Line));
        if (_rows == 0)
            throw new DataValidationException(path, 1, null, null, "the file has a header line but no data rows",
                "export the table with its rows, or check that the right file was given");
        if (keptRows == 0 && _firstReject is { } p)
            throw new DataValidationException(path, p.Line, p.Column, p.Value,
                $"every one of the {_rows} data rows was rejected; the first: {p.Problem}", p.Fix);
    }
}
