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
        // PDFsharp draws a random /ID per document; one derived from what the document says makes
        // the same report, with the same creation date, the same bytes.
        var id = StableDocumentId(document);
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;
        using var buffer = new MemoryStream();
        document.Save(buffer, false);
        var bytes = buffer.ToArray();
        StableFontSubsetTags(bytes);
        StableXmpIds(bytes, id);
        stream.Write(bytes);
        composer.Dispose();
    }

    private static string StableDocumentId(PdfDocument document)
    {
        var info = document.Info;
        var key = string.Join("\u001f", info.Title, info.Subject, info.Author, document.Language,
            info.CreationDate.ToString("O", CultureInfo.InvariantCulture), document.PageCount.ToString(CultureInfo.InvariantCulture));
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key));
        // PDFsharp writes the ID string's characters as bytes, in hex.
        return new string(hash.AsSpan(0, 16).ToArray().Select(b => (char)b).ToArray());
    }

    /// <summary>PDFsharp tags each embedded font subset with six random capitals ("CMDFSN+Segoe…").
    /// Replaces them, in place and at the same length (so the cross-reference offsets stay right),
    /// with tags numbered in order of appearance: SKAAAA, SKAAAB, …</summary>
    internal static void StableFontSubsetTags(byte[] pdf)
    {
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(text, @"/(?:FontName|BaseFont)/([A-Z]{6})\+"))
        {
            var tag = m.Groups[1].Value;
            if (!tags.TryGetValue(tag, out var stable))
            {
                var n = tags.Count;
                stable = "SK" + new string([(char)('A' + n / 17576 % 26), (char)('A' + n / 676 % 26), (char)('A' + n / 26 % 26), (char)('A' + n % 26)]);
                tags[tag] = stable;
            }
            System.Text.Encoding.ASCII.GetBytes(stable).CopyTo(pdf, m.Groups[1].Index);
        }
    }

    /// <summary>The XMP metadata carries random uuids as document and instance IDs; replaces them,
    /// at the same length, with uuids derived from the document's stable ID.</summary>
    internal static void StableXmpIds(byte[] pdf, string documentId)
    {
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(text,
                     @"<xmpMM:(DocumentID|InstanceID)>uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})<"))
        {
            var seed = System.Text.Encoding.Latin1.GetBytes(documentId + m.Groups[1].Value);
            var uuid = new Guid(System.Security.Cryptography.SHA256.HashData(seed).AsSpan(0, 16)).ToString("D");
            System.Text.Encoding.ASCII.GetBytes(uuid).CopyTo(pdf, m.Groups[2].Index);
        }
    }
}
