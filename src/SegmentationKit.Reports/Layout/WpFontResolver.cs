using PdfSharp.Fonts;
using PdfSharp.WPFonts;

namespace SegmentationKit.Reports.Layout;

/// <summary>Resolves every font request to the Segoe WP family embedded in PdfSharp.WPFonts.dll, so a
/// report looks the same on every machine and never reads the system's fonts.</summary>
internal sealed class WpFontResolver : IFontResolver
{
    public const string Regular = "Segoe WP";
    public const string Light = "Segoe WP Light";
    public const string Semibold = "Segoe WP Semibold";

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        // Any family asked for (including PDFsharp's own defaults) maps onto Segoe WP; italics are simulated.
        var face = familyName switch
        {
            Light => bold ? "SegoeWP-Semibold" : "SegoeWP-Light",
            Semibold => bold ? "SegoeWP-Bold" : "SegoeWP-Semibold",
            _ => bold ? "SegoeWP-Bold" : "SegoeWP",
        };
        return new FontResolverInfo(face, false, italic);
    }

    public byte[]? GetFont(string faceName) => faceName switch
    {
        "SegoeWP-Light" => FontDataHelper.SegoeWPLight,
        "SegoeWP-Semibold" => FontDataHelper.SegoeWPSemibold,
        "SegoeWP-Bold" => FontDataHelper.SegoeWPBold,
        _ => FontDataHelper.SegoeWP,
    };
}
