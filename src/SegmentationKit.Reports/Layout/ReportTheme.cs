using System.Globalization;
using PdfSharp.Drawing;

namespace SegmentationKit.Reports.Layout;

/// <summary>The colours and branding a composer draws with, derived from <see cref="Branding"/>.</summary>
public sealed class ReportTheme
{
    public ReportTheme(Branding branding, CultureInfo culture)
    {
        Culture = culture;
        CompanyName = branding.CompanyName;
        LogoPath = branding.LogoPath;
        var hex = int.Parse(branding.AccentColour.TrimStart('#'), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        Accent = XColor.FromArgb((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF);
        AccentLight = Mix(Accent, XColors.White, 0.82);
    }

    public CultureInfo Culture { get; }
    public string DecimalSeparator => Culture.NumberFormat.NumberDecimalSeparator;
    public string CompanyName { get; }
    public string? LogoPath { get; }
    public XColor Accent { get; }
    public XColor AccentLight { get; }
    public XColor Ink { get; } = XColor.FromArgb(0x22, 0x27, 0x2E);
    public XColor Muted { get; } = XColor.FromArgb(0x6B, 0x72, 0x80);
    public XColor Rule { get; } = XColor.FromArgb(0xD1, 0xD5, 0xDB);
    public XColor Panel { get; } = XColor.FromArgb(0xF4, 0xF6, 0xF8);
    public XColor Neutral { get; } = XColor.FromArgb(0xB8, 0xBE, 0xC7);
    public XColor Good { get; } = XColor.FromArgb(0x2E, 0x8B, 0x57);
    public XColor Bad { get; } = XColor.FromArgb(0xC0, 0x39, 0x2B);

    /// <summary>A colour <paramref name="t"/> (0–1) of the way from <paramref name="a"/> to <paramref name="b"/>.</summary>
    public static XColor Mix(XColor a, XColor b, double t) =>
        XColor.FromArgb((int)Math.Round(a.R + (b.R - a.R) * t), (int)Math.Round(a.G + (b.G - a.G) * t), (int)Math.Round(a.B + (b.B - a.B) * t));
}
