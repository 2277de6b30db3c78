using PdfSharp;
using PdfSharp.Fonts;

namespace SegmentationKit.Reports.Layout;

/// <summary>One-time PDFsharp start-up: the AGPL licence the project is published under and the
/// package's own Segoe WP fonts.</summary>
public static class PdfSetup
{
    private static readonly object Gate = new();
    private static bool _done;

    /// <summary>Loads the AGPL licence and installs the Segoe WP font resolver; safe to call many times.</summary>
    public static void EnsureInitialised()
    {
        lock (Gate)
        {
            if (_done) return;
            PdfSharpLicense.SetAgplLicense();
            if (GlobalFontSettings.FontResolver is not WpFontResolver)
                GlobalFontSettings.FontResolver = new WpFontResolver();
            _done = true;
        }
    }
}
