using System.Globalization;

namespace SegmentationKit.Reports;

/// <summary>Language, branding and reproducibility settings of a report run.</summary>
public sealed record ReportOptions
{
    /// <summary>Culture of every word, number and date (en-GB by default; fr-FR for French).</summary>
    public CultureInfo Culture { get; init; } = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Company name, logo, accent colour, currency.</summary>
    public Branding Branding { get; init; } = new();

    /// <summary>Creation date written into the PDF metadata; fix it for byte-for-byte reproducible files.
    /// Null = now.</summary>
    public DateTime? CreationDate { get; init; }
}
