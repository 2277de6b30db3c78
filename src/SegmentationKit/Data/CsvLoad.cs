using SegmentationKit.Errors;

namespace SegmentationKit.Data;

/// <summary>Checks both loaders make once the whole file is read.</summary>
internal static class CsvLoad
{
    /// <summary>A file with no data row, or a lenient load that kept none, is an error: an empty
    /// table would only fail later with a less helpful message.</summary>
    public static void CheckRows(string path, int dataRows, int keptRows, CsvProblem? firstReject)
    {
        if (dataRows == 0)
            throw new DataValidationException(path, 1, null, null, "the file has a header line but no data rows",
                "export the table with its rows, or check that the right file was given");
        if (keptRows == 0 && firstReject is { } p)
            throw new DataValidationException(path, p.Line, p.Column, p.Value,
                $"every one of the {dataRows} data rows was rejected; the first: {p.Problem}", p.Fix);
    }
}
