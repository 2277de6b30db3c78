namespace SegmentationKit.Data;

/// <summary>How a CSV file writes its separator, decimal numbers and dates.</summary>
public enum CsvDialect
{
    /// <summary>Decided from the header line: more <c>;</c> than <c>,</c> outside quotes means
    /// <see cref="French"/>, anything else <see cref="Standard"/>.</summary>
    Auto,

    /// <summary>Separator <c>,</c>, decimal point (<c>1234.5</c>), ISO dates (<c>2024-03-31</c>).</summary>
    Standard,

    /// <summary>What French spreadsheet exports produce: separator <c>;</c>, decimal comma
    /// (<c>1234,5</c>), dates as <c>31/03/2024</c> (dd/MM/yyyy) or ISO.</summary>
    French,
}
