using CsvHelper;
using SegmentationKit.Errors;

namespace SegmentationKit.Data;

/// <summary>Opens a small CSV whose first line is a header (an RFM summary, cohort counts): the
/// encoding decided by <see cref="IO.TextInput"/>, line numbers tracked, malformed quoting an error,
/// and the header's names trimmed (a byte order mark included). A missing file or an unreadable
/// header is a <see cref="DataValidationException"/> naming the file, with <c>headerFix</c> as the way out.</summary>
internal static class HeaderedCsvFile
{
    public static (CsvReader Csv, string[] Header) Open(string path, string headerFix)
    {
        if (!File.Exists(path))
            throw new DataValidationException(path, null, null, null, "the file does not exist", "check the path");
        var encoding = IO.TextInput.Detect(path);
        var csv = CsvReader.FromFile(path, new CsvReaderOptions
        {
            Encoding = encoding.IsUtf8 ? null : encoding.Encoding,
            HasHeader = true,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            MalformedData = CsvMalformedDataHandling.Throw,
        });
        try
        {
            csv.ReadHeader();
            return (csv, csv.Headers.Select((h, i) => (i == 0 ? h.TrimStart('\uFEFF') : h).Trim()).ToArray());
        }
        catch (CsvFormatException e)
        {
            csv.Dispose();
            throw new DataValidationException(path, 1, null, null, $"malformed header: {e.Message}", headerFix);
        }
    }
}
