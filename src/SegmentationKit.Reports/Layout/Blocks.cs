using PdfSharp.Drawing;

namespace SegmentationKit.Reports.Layout;

/// <summary>KPI tiles, tables that flow across pages, and bullet lists, drawn through a <see cref="ReportComposer"/>.</summary>
public static class Blocks
{
    /// <summary>A row of tiles (wrapping to a second row past <paramref name="perRow"/>).</summary>
    public static void Tiles(ReportComposer c, IReadOnlyList<KpiTile> tiles, int perRow = 3)
    {
        const double height = 62, gap = 8;
        var width = (c.Width - gap * (perRow - 1)) / perRow;
        for (var start = 0; start < tiles.Count; start += perRow)
        {
            c.EnsureSpace(height);
            for (var i = start; i < Math.Min(tiles.Count, start + perRow); i++)
            {
                var t = tiles[i];
                var box = new XRect(c.Left + (i - start) * (width + gap), c.Y, width, height);
                c.Fill(box, c.Theme.Panel, c.PageBox, "tile");
                c.Fill(new XRect(box.X, box.Y, 3, box.Height), c.Theme.Accent, box, "tile accent");
                var inner = new XRect(box.X + 10, box.Y + 6, box.Width - 16, box.Height - 12);
                c.Text(t.Label.ToUpperInvariant(), new XRect(inner.X, inner.Y, inner.Width, 11), c.Font(7, bold: true), c.Theme.Muted, minSize: 5.5);
                c.Text(t.Value, new XRect(inner.X, inner.Y + 12, inner.Width, 22), c.Font(17, family: WpFontResolver.Semibold), c.Theme.Ink, minSize: 9);
                var tone = t.Tone switch { > 0 => c.Theme.Good, < 0 => c.Theme.Bad, _ => c.Theme.Muted };
                c.Text(t.Detail, new XRect(inner.X, inner.Y + 35, inner.Width, inner.Height - 35), c.Font(7.5), tone, maxLines: 1, minSize: 6);
            }
            c.Y += height + gap;
        }
    }

    /// <summary>A table whose rows flow onto new pages, repeating the header row on each.</summary>
    public static void Table(ReportComposer c, IReadOnlyList<TableColumn> columns, IReadOnlyList<IReadOnlyList<string>> rows,
        IReadOnlyList<bool>? emphasised = null, double size = 8)
    {
        var total = columns.Sum(col => col.Weight);
        var widths = columns.Select(col => c.Width * col.Weight / total).ToArray();
        const double pad = 4;
        var font = c.Font(size);
        var bold = c.Font(size, bold: true);
        var lineHeight = ReportComposer.LineHeight(font);

        void Header()
        {
            var h = lineHeight * 2 + 4;
            var x = c.Left;
            c.Fill(new XRect(c.Left, c.Y, c.Width, h), c.Theme.Accent, c.PageBox, "table header");
            for (var j = 0; j < columns.Count; j++)
            {
                c.Text(columns[j].Header, new XRect(x + pad, c.Y + 2, widths[j] - 2 * pad, h - 4), c.Font(size - 0.5, bold: true), XColors.White,
                    maxLines: 2, align: columns[j].Align, minSize: 5.5, verticalCentre: true);
                x += widths[j];
            }
            c.Y += h;
        }

        c.EnsureSpace(lineHeight * 4 + 4);
        Header();
        for (var r = 0; r < rows.Count; r++)
        {
            // The first column holds names: up to two lines; numbers stay on one.
            var lines = c.Measure(rows[r][0], font) > widths[0] - 2 * pad ? 2 : 1;
            var h = lines * lineHeight + 4;
            if (c.Y + h > c.Bottom)
            {
                c.NewPage();
                Header();
            }
            if (r % 2 == 1) c.Fill(new XRect(c.Left, c.Y, c.Width, h), c.Theme.Panel, c.PageBox, "table stripe");
            var x = c.Left;
            var f = emphasised is not null && emphasised[r] ? bold : font;
            for (var j = 0; j < columns.Count; j++)
            {
                c.Text(rows[r][j], new XRect(x + pad, c.Y + 2, widths[j] - 2 * pad, h - 4), f, c.Theme.Ink,
                    maxLines: j == 0 ? 2 : 1, align: columns[j].Align, minSize: size - 2, verticalCentre: true);
                x += widths[j];
            }
            c.Y += h;
        }
        c.Graphics.DrawLine(new XPen(c.Theme.Rule, 0.6), c.Left, c.Y, c.Left + c.Width, c.Y);
        c.Y += 8;
    }

    /// <summary>Bulleted lines that wrap under their own indent.</summary>
    public static void Bullets(ReportComposer c, IEnumerable<string> items, double size = 9.5)
    {
        var font = c.Font(size);
        var lh = ReportComposer.LineHeight(font);
        foreach (var item in items)
        {
            var lines = TextWrap.Lines(item, c.Width - 14, s => c.Measure(s, font));
            for (var i = 0; i < lines.Count; i++)
            {
                c.EnsureSpace(lh);
                if (i == 0) c.Fill(new XRect(c.Left + 3, c.Y + lh / 2 - 1.5, 3, 3), c.Theme.Accent, c.PageBox, "bullet");
                c.Text(lines[i], new XRect(c.Left + 14, c.Y, c.Width - 14, lh), font, c.Theme.Ink);
                c.Y += lh;
            }
        }
        c.Y += 3;
    }
}
