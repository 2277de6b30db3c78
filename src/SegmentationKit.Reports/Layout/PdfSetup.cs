using PdfSharp.Fonts;

namespace SegmentationKit.Reports.Layout;

/// <summary>One-time PDFsharp start-up: the package's own Segoe WP fonts (PdfSharp.WPFonts.dll), so
/// no system font is ever read.</summary>
public static class PdfSetup
{
    private static readonly object Gate = new();
    private static bool _done;

    /// <summary>Installs the Segoe WP font resolver; safe to call many times.</summary>
    public static void EnsureInitialised()
    {
        lock (Gate)
        {
            if (_done) return;
            if (GlobalFontSettings.FontResolver is not WpFontResolver)
                GlobalFontSettings.FontResolver = new WpFontResolver();
            _done = true;
        }
    }
}
