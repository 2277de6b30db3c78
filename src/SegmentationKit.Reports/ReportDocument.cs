using System.Globalization;
using PdfSharp.Pdf;
using SegmentationKit.Reports.Layout;

namespace SegmentationKit.Reports;

/// <summary>A PDF document with its metadata and a composer over it, shared by the segment and overview reports.</summary>
internal static class ReportDocument
{
    public static (PdfDocument Document, ReportComposer Composer, ReportStrings Text, ReportFormat Format) Start(
        ReportOptions options, string title, string subject, DateOnly? asOf)
    {
        PdfSetup.EnsureInitialised();
        var text = new ReportStrings(options.Culture);
        var format = new ReportFormat(options.Culture, options.Branding.CurrencySymbol);
        var document = new PdfDocument();
        document.Info.Title = title;
        document.Info.Subject = subject;
        document.Info.Author = options.Branding.CompanyName;
        document.Info.Creator = "SegmentationKit " + KitInfo.Version;
        var created = options.CreationDate ?? DateTime.Now;
        document.Info.CreationDate = created;
        document.Info.ModificationDate = created;
        document.PageLayout = PdfPageLayout.SinglePage;
        document.PageMode = PdfPageMode.UseOutlines;
        document.Language = options.Culture.Name;
        var theme = new ReportTheme(options.Branding, options.Culture);
        var centre = asOf is { } d ? text["as_of", format.Date(d)] : text["no_as_of"];
        var composer = new ReportComposer(document, theme, title, text["confidential", options.Branding.CompanyName], centre,
            (page, pages) => text["page_of", page.ToString(CultureInfo.InvariantCulture), pages.ToString(CultureInfo.InvariantCulture)]);
        return (document, composer, text, format);
    }

    public static void Save(PdfDocument document, ReportComposer composer, Stream stream)
    {
        composer.Finish();
        document.Save(stream, false);
        composer.Dispose();
    }
}
