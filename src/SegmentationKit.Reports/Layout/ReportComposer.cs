using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace SegmentationKit.Reports.Layout;

/// <summary>Lays blocks out down A4 pages: a branded header, a footer with "page x of y", the as-of
/// date and a confidentiality line, and a cursor that opens a new page when a block does not fit.
/// Every text and shape is measured before it is drawn and recorded in <see cref="Boxes"/> with the
/// box it had to stay inside.</summary>
public sealed class ReportComposer : IDisposable
{
    /// <summary>Page margin, points.</summary>
    public const double Margin = 40;
    private const double HeaderHeight = 46;
    private const double FooterHeight = 30;

    private readonly List<(PdfPage Page, XGraphics Graphics)> _pages = [];
    private readonly List<DrawnBox> _boxes = [];
    private readonly Dictionary<(string, double, bool), XFont> _fonts = [];
    private readonly Dictionary<XFont, string> _familyOf = new(ReferenceEqualityComparer.Instance);
    private readonly string _headerTitle;
    private readonly string _footerLeft;
    private readonly string _footerCentre;
    private readonly Func<int, int, string> _pageOf;
    private readonly XImage? _logo;

    public ReportComposer(PdfDocument document, ReportTheme theme, string headerTitle, string footerLeft, string footerCentre, Func<int, int, string> pageOf)
    {
        PdfSetup.EnsureInitialised();
        Document = document;
        Theme = theme;
        _headerTitle = headerTitle;
        _footerLeft = footerLeft;
        _footerCentre = footerCentre;
        _pageOf = pageOf;
        _logo = theme.LogoPath is null ? null : XImage.FromFile(theme.LogoPath);
        NewPage();
    }

    public PdfDocument Document { get; }
    public ReportTheme Theme { get; }

    /// <summary>The current vertical position on the current page, points from the top.</summary>
    public double Y { get; set; }

    /// <summary>The left edge and width of the content area.</summary>
    public double Left => Margin;
    public double Width => PageWidth - 2 * Margin;
    public double PageWidth => _pages[^1].Page.Width.Point;
    public double PageHeight => _pages[^1].Page.Height.Point;
    public double Bottom => PageHeight - Margin - FooterHeight;
    public double Top => Margin + HeaderHeight;

    /// <summary>Index of the current page, 0-based.</summary>
    public int PageIndex => _pages.Count - 1;
    public PdfPage Page => _pages[^1].Page;
    public XGraphics Graphics => _pages[^1].Graphics;

    /// <summary>Everything drawn so far, with its limit.</summary>
    public IReadOnlyList<DrawnBox> Boxes => _boxes;

    public XFont Font(double size, bool bold = false, string family = WpFontResolver.Regular)
    {
        if (!_fonts.TryGetValue((family, size, bold), out var font))
            {
            _fonts[(family, size, bold)] = font = new XFont(family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
            _familyOf[font] = family;
        }
        return font;
    }

    public void NewPage()
    {
        var page = Document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        var graphics = XGraphics.FromPdfPage(page);
        _pages.Add((page, graphics));
        DrawHeader();
        Y = Top;
    }

    /// <summary>Opens a new page unless <paramref name="height"/> points still fit below the cursor.</summary>
    public void EnsureSpace(double height)
    {
        if (Y + height > Bottom) NewPage();
    }

    /// <summary>A section heading with an outline entry, kept with the <paramref name="keepWith"/> points after it.</summary>
    public void Heading(string text, double keepWith = 60, PdfOutline? parent = null)
    {
        EnsureSpace(24 + keepWith);
        Y += 6;
        var font = Font(13, family: WpFontResolver.Semibold);
        var used = Text(text, new XRect(Left, Y, Width, 18), font, Theme.Accent, maxLines: 1);
        var outlines = parent?.Outlines ?? Document.Outlines;
        outlines.Add(text, Page, true);
        Y += used + 2;
        Graphics.DrawLine(new XPen(Theme.Rule, 0.6), Left, Y, Left + Width, Y);
        Y += 6;
    }

    /// <summary>A paragraph across the content width that flows onto new pages line by line.</summary>
    public void Paragraph(string text, double size = 9.5, XColor? colour = null, double indent = 0, bool bold = false)
    {
        var font = Font(size, bold);
        var lineHeight = LineHeight(font);
        var width = Width - indent;
        foreach (var line in TextWrap.Lines(text, width, s => Measure(s, font)))
        {
            EnsureSpace(lineHeight);
            Text(line, new XRect(Left + indent, Y, width, lineHeight), font, colour ?? Theme.Ink, maxLines: 1);
            Y += lineHeight;
        }
        Y += 3;
    }

    /// <summary>The height a <see cref="Paragraph"/> of <paramref name="text"/> takes, points.</summary>
    public double ParagraphHeight(string text, double size = 9.5, bool bold = false)
    {
        var font = Font(size, bold);
        return TextWrap.Lines(text, Width, s => Measure(s, font)).Count * LineHeight(font) + 3;
    }

    /// <summary>Draws <paramref name="text"/> inside <paramref name="box"/>: wrapped to at most
    /// <paramref name="maxLines"/> lines, shrunk down to <paramref name="minSize"/> if it does not fit,
    /// then cut with an ellipsis. Returns the height used, points.</summary>
    public double Text(string text, XRect box, XFont font, XColor colour, int maxLines = 1, XStringAlignment align = XStringAlignment.Near,
        double? minSize = null, bool verticalCentre = false)
    {
        if (box.Width <= 0 || box.Height <= 0 || string.IsNullOrEmpty(text)) return 0;
        var size = font.Size;
        var smallest = minSize ?? size;
        List<string> lines;
        XFont f;
        while (true)
        {
            f = Font(size, font.Bold, _familyOf.GetValueOrDefault(font, WpFontResolver.Regular));
            var current = f;
            lines = TextWrap.Lines(text, box.Width, s => Measure(s, current));
            var fitLines = Math.Min(maxLines, Math.Max(1, (int)Math.Floor(box.Height / LineHeight(f) + 1e-9)));
            // Shrinking reads better than a word cut in two ("Champio-ns"), so only cut at the smallest size.
            var cutsAWord = text.Split(' ', '\n').Any(w => Measure(w, current) > box.Width);
            if ((lines.Count <= fitLines && !cutsAWord) || size - 0.5 < smallest - 1e-9)
            {
                if (lines.Count > fitLines)
                {
                    var kept = lines.Take(fitLines).ToList();
                    var rest = string.Join(" ", lines.Skip(fitLines - 1));
                    kept[^1] = TextWrap.Ellipsis(rest.TrimEnd('-') + "…", box.Width, s => Measure(s, current));
                    lines = kept;
                }
                break;
            }
            size -= 0.5;
        }
        var lineHeight = LineHeight(f);
        var total = lines.Count * lineHeight;
        var y = verticalCentre ? box.Y + Math.Max(0, (box.Height - total) / 2) : box.Y;
        var brush = new XSolidBrush(colour);
        foreach (var line in lines)
        {
            var w = Measure(line, f);
            var x = align switch
            {
                XStringAlignment.Far => box.Right - w,
                XStringAlignment.Center => box.X + (box.Width - w) / 2,
                _ => box.X,
            };
            if (line.Length > 0)
            {
                Graphics.DrawString(line, f, brush, new XRect(x, y, w, lineHeight), XStringFormats.TopLeft);
                Record("text: " + line, new XRect(x, y, w, lineHeight), box);
            }
            y += lineHeight;
        }
        return total;
    }

    public double Measure(string s, XFont font) => Graphics.MeasureString(s, font).Width;

    public static double LineHeight(XFont font) => font.Size * 1.25;

    /// <summary>Fills a rectangle and records it against its limit.</summary>
    public void Fill(XRect rect, XColor colour, XRect limit, string what = "shape")
    {
        if (rect.Width <= 0 || rect.Height <= 0) return;
        Graphics.DrawRectangle(new XSolidBrush(colour), rect);
        Record(what, rect, limit);
    }

    public void Record(string what, XRect rect, XRect limit) =>
        _boxes.Add(new DrawnBox(PageIndex, what, rect.X, rect.Y, rect.Width, rect.Height, limit.X, limit.Y, limit.Width, limit.Height));

    /// <summary>The whole page as a limit.</summary>
    public XRect PageBox => new(0, 0, PageWidth, PageHeight);

    private void DrawHeader()
    {
        var g = Graphics;
        var pageBox = new XRect(0, 0, Page.Width.Point, Page.Height.Point);
        Fill(new XRect(0, 0, pageBox.Width, 6), Theme.Accent, pageBox, "accent band");
        var x = Margin;
        if (_logo is not null)
        {
            var h = 24.0;
            var w = Math.Min(90, h * _logo.PixelWidth / Math.Max(1, _logo.PixelHeight));
            h = w * _logo.PixelHeight / Math.Max(1, _logo.PixelWidth);
            var rect = new XRect(x, Margin - 14 + (24 - h) / 2, w, h);
            g.DrawImage(_logo, rect);
            Record("logo", rect, pageBox);
            x += w + 10;
        }
        var band = new XRect(x, Margin - 14, (Margin + (Page.Width.Point - 2 * Margin)) - x, 24);
        Text(Theme.CompanyName, new XRect(band.X, band.Y, band.Width * 0.45, band.Height), Font(11, family: WpFontResolver.Semibold), Theme.Ink,
            minSize: 8, verticalCentre: true);
        Text(_headerTitle, new XRect(band.X + band.Width * 0.5, band.Y, band.Width * 0.5, band.Height), Font(9), Theme.Muted,
            align: XStringAlignment.Far, minSize: 7, verticalCentre: true);
        g.DrawLine(new XPen(Theme.Rule, 0.6), Margin, Margin + 14, Page.Width.Point - Margin, Margin + 14);
    }

    /// <summary>Draws the footers (now that the page count is known), and releases the pages' graphics.</summary>
    public void Finish()
    {
        for (var i = 0; i < _pages.Count; i++)
        {
            var (page, g) = _pages[i];
            var w = page.Width.Point;
            var y = page.Height.Point - Margin - 4;
            var limit = new XRect(Margin, y, w - 2 * Margin, 14);
            var font = Font(7.5);
            g.DrawLine(new XPen(Theme.Rule, 0.6), Margin, y - 6, w - Margin, y - 6);
            var third = limit.Width / 3;
            DrawFooterText(i, g, _footerLeft, new XRect(limit.X, y, third * 1.3, 14), font, XStringAlignment.Near);
            DrawFooterText(i, g, _footerCentre, new XRect(limit.X + third * 1.3, y, third * 0.9, 14), font, XStringAlignment.Center);
            DrawFooterText(i, g, _pageOf(i + 1, _pages.Count), new XRect(limit.X + third * 2.2, y, third * 0.8, 14), font, XStringAlignment.Far);
            g.Dispose();
        }
    }

    private void DrawFooterText(int pageIndex, XGraphics g, string text, XRect box, XFont font, XStringAlignment align)
    {
        var fitted = TextWrap.Ellipsis(text, box.Width, s => g.MeasureString(s, font).Width);
        var w = g.MeasureString(fitted, font).Width;
        var x = align switch { XStringAlignment.Far => box.Right - w, XStringAlignment.Center => box.X + (box.Width - w) / 2, _ => box.X };
        g.DrawString(fitted, font, new XSolidBrush(Theme.Muted), new XRect(x, box.Y, w, LineHeight(font)), XStringFormats.TopLeft);
        _boxes.Add(new DrawnBox(pageIndex, "footer: " + fitted, x, box.Y, w, LineHeight(font), box.X, box.Y, box.Width, LineHeight(font)));
    }

    public void Dispose()
    {
        _logo?.Dispose();
    }
}
