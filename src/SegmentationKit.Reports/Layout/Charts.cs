using PdfSharp.Drawing;

namespace SegmentationKit.Reports.Layout;

/// <summary>Charts drawn with XGraphics into a box at the cursor: lift bars, diverging (snake) bars of
/// standardised differences, 100 % distribution bars, a size-versus-value bubble chart and a migration
/// heatmap. Values arrive computed; charts only place them.</summary>
public static class Charts
{
    /// <summary>Horizontal bars from a reference line (lift 1.0): label, bar, value text and a note.</summary>
    public static void LiftBars(ReportComposer c, IReadOnlyList<(string Label, double Lift, string ValueText, string Note)> bars, double reference = 1)
    {
        const double rowH = 15;
        var height = bars.Count * rowH + 14;
        c.EnsureSpace(height);
        var area = new XRect(c.Left, c.Y, c.Width, height);
        var labelW = c.Width * 0.34;
        var noteW = c.Width * 0.22;
        var plot = new XRect(area.X + labelW + 6, area.Y + 4, area.Width - labelW - noteW - 12, bars.Count * rowH);
        var max = Math.Max(reference * 2, bars.Select(b => b.Lift).Where(double.IsFinite).DefaultIfEmpty(reference).Max() * 1.2);
        double X(double v) => plot.X + plot.Width * Math.Clamp(v, 0, max) / max;
        var font = c.Font(8);
        for (var i = 0; i < bars.Count; i++)
        {
            var y = plot.Y + i * rowH;
            var b = bars[i];
            c.Text(b.Label, new XRect(area.X, y, labelW, rowH), font, c.Theme.Ink, minSize: 6, verticalCentre: true);
            var x0 = X(reference);
            var x1 = X(double.IsFinite(b.Lift) ? b.Lift : reference);
            var colour = b.Lift >= reference ? c.Theme.Accent : c.Theme.Neutral;
            var barStart = Math.Min(x0, x1);
            var barWidth = Math.Abs(x1 - x0);
            c.Fill(Box(barStart, y + 3, barWidth, rowH - 6), colour, plot, "lift bar");
            // The value goes beyond the bar's end; when there is no room there, inside the bar; a bar
            // too short for it (a lift within a hair of 1.0) shows no value label rather than a box of
            // negative width.
            var labelBox = b.Lift >= reference ? Box(x1 + 3, y, plot.Right - x1 - 3, rowH) : Box(plot.X, y, x1 - plot.X - 3, rowH);
            var inside = labelBox.Width < 26;
            if (inside) labelBox = Box(barStart, y, barWidth - 3, rowH);
            if (labelBox.Width > 18)
                c.Text(b.ValueText, labelBox, c.Font(7.5, bold: true), inside ? XColors.White : c.Theme.Ink,
                    align: b.Lift >= reference && !inside ? XStringAlignment.Near : XStringAlignment.Far,
                    minSize: 6, verticalCentre: true);
            c.Text(b.Note, new XRect(plot.Right + 6, y, noteW, rowH), c.Font(7.5), c.Theme.Muted, align: XStringAlignment.Far, minSize: 6, verticalCentre: true);
        }
        var xr = X(reference);
        c.Graphics.DrawLine(new XPen(c.Theme.Ink, 0.8), xr, plot.Y - 2, xr, plot.Bottom + 2);
        c.Text("1,0×".Replace(",", c.Theme.DecimalSeparator), new XRect(xr - 20, plot.Bottom + 2, 40, 10), c.Font(6.5), c.Theme.Muted, align: XStringAlignment.Center);
        c.Y += height + 4;
    }

    /// <summary>Bars left or right of zero in standard deviations (a snake plot laid on its side). The
    /// axis runs to the largest value rounded up to a whole σ, between ±2 and ±<paramref name="maxLimit"/>;
    /// a bar beyond that is drawn to the edge and ends in an arrow, and its value is printed beside it.</summary>
    public static void DivergingBars(ReportComposer c, IReadOnlyList<(string Label, double Value, string ValueText, bool Solid)> bars, double maxLimit = 4)
    {
        const double rowH = 14;
        var largest = bars.Select(b => b.Value).Where(double.IsFinite).Select(Math.Abs).DefaultIfEmpty(0).Max();
        var limit = Math.Clamp(Math.Ceiling(largest), 2, maxLimit);
        var height = bars.Count * rowH + 16;
        c.EnsureSpace(height);
        var labelW = c.Width * 0.30;
        var plot = new XRect(c.Left + labelW + 6, c.Y + 4, c.Width - labelW - 6 - 50, bars.Count * rowH);
        var centre = plot.X + plot.Width / 2;
        var scale = plot.Width / 2 / limit;
        c.Fill(new XRect(centre - scale, plot.Y, 2 * scale, plot.Height), c.Theme.Panel, plot, "band ±1 sd");
        for (var i = 0; i < bars.Count; i++)
        {
            var y = plot.Y + i * rowH;
            var b = bars[i];
            c.Text(b.Label, new XRect(c.Left, y, labelW, rowH), c.Font(8), c.Theme.Ink, minSize: 6, verticalCentre: true);
            var raw = double.IsFinite(b.Value) ? b.Value : 0;
            var v = Math.Clamp(raw, -limit, limit);
            var clipped = Math.Abs(raw) > limit;
            var colour = b.Solid ? (v >= 0 ? c.Theme.Accent : c.Theme.Bad) : XColor.FromArgb(110, c.Theme.Neutral);
            // A clipped bar stops short of the edge to leave room for its arrow head.
            var length = Math.Abs(v * scale) - (clipped ? 6 : 0);
            c.Fill(Box(v >= 0 ? centre : centre - length, y + 3, length, rowH - 6), colour, plot, clipped ? "difference bar (clipped)" : "difference bar");
            if (clipped)
            {
                var tip = v >= 0 ? plot.Right : plot.X;
                var baseX = v >= 0 ? tip - 6 : tip + 6;
                c.Graphics.DrawPolygon(new XSolidBrush(colour), [new XPoint(baseX, y + 1.5), new XPoint(tip, y + rowH / 2), new XPoint(baseX, y + rowH - 1.5)], XFillMode.Winding);
                c.Record("clip arrow", new XRect(Math.Min(tip, baseX), y + 1.5, 6, rowH - 3), plot);
            }
            c.Text(b.ValueText, new XRect(plot.Right + 4, y, 46, rowH), c.Font(7.5, bold: clipped), clipped ? c.Theme.Ink : c.Theme.Muted,
                align: XStringAlignment.Far, minSize: 6, verticalCentre: true);
        }
        c.Graphics.DrawLine(new XPen(c.Theme.Ink, 0.8), centre, plot.Y - 2, centre, plot.Bottom + 2);
        var axis = c.Font(6.5);
        foreach (var tick in new[] { -limit, -1, 1, limit }.Distinct())
        {
            var x = centre + tick * scale;
            var text = (tick > 0 ? "+" : "−") + Math.Abs(tick).ToString("0", c.Theme.Culture) + " σ";
            c.Text(text, new XRect(x - 15, plot.Bottom + 2, 30, 10), axis, c.Theme.Muted, align: XStringAlignment.Center);
        }
        c.Y += height + 4;
    }

    /// <summary>100 % stacked bars (e.g. promoters / passives / detractors), one per row.</summary>
    public static void Distribution(ReportComposer c, IReadOnlyList<(string Label, double[] Shares)> rows, IReadOnlyList<string> parts,
        IReadOnlyList<XColor> colours, Func<double, string> percent)
    {
        const double rowH = 16;
        var height = rows.Count * rowH + 16;
        c.EnsureSpace(height);
        var labelW = c.Width * 0.30;
        var plot = new XRect(c.Left + labelW + 6, c.Y, c.Width - labelW - 6, rows.Count * rowH);
        for (var i = 0; i < rows.Count; i++)
        {
            var y = plot.Y + i * rowH;
            c.Text(rows[i].Label, new XRect(c.Left, y, labelW, rowH), c.Font(8), c.Theme.Ink, minSize: 6, verticalCentre: true);
            var x = plot.X;
            var sum = rows[i].Shares.Sum();
            for (var p = 0; p < parts.Count; p++)
            {
                var w = sum > 0 ? plot.Width * rows[i].Shares[p] / sum : 0;
                var rect = Box(x, y + 2, Math.Min(w, plot.Right - x), rowH - 4);
                c.Fill(rect, colours[p], plot, "distribution");
                if (w > 30) c.Text(percent(rows[i].Shares[p]), rect, c.Font(7, bold: true), XColors.White, align: XStringAlignment.Center, minSize: 6, verticalCentre: true);
                x += w;
            }
        }
        var lx = plot.X;
        var legendY = plot.Bottom + 3;
        for (var p = 0; p < parts.Count; p++)
        {
            var w = plot.Width / parts.Count;
            c.Fill(new XRect(lx, legendY + 2, 7, 7), colours[p], c.PageBox, "legend");
            c.Text(parts[p], new XRect(lx + 10, legendY, w - 12, 11), c.Font(7), c.Theme.Muted, minSize: 6);
            lx += w;
        }
        c.Y += height + 4;
    }

    /// <summary>Bubbles centred exactly at (share of customers, share of value), area proportional to
    /// <c>Size</c>, labelled with a short key listed beside the plot. The axes start at 0 inside a margin
    /// as wide as the largest bubble and end at a round value far enough out that no bubble leaves the
    /// plot: the axis grows, the bubble never moves.</summary>
    public static void Bubbles(ReportComposer c, IReadOnlyList<(string Key, string Label, double X, double Y, double Size)> points,
        string xTitle, string yTitle, Func<double, string> axisLabel, double height = 230)
    {
        const double legendSize = 7.5, legendMin = 6.5;
        var legendW = c.Width * 0.34;
        var legendFont = c.Font(legendSize);
        var legendLine = ReportComposer.LineHeight(legendFont);
        // Each key gets up to two lines at a readable size beside the plot, the chart growing to hold
        // them; when they would not fit on a page, the key flows below the chart as a paragraph.
        var legendHeights = points.Select(p => Math.Min(2, TextWrap.Lines(p.Key + "  " + p.Label, legendW, t => c.Measure(t, legendFont)).Count) * legendLine + 2).ToList();
        var keyBelow = legendHeights.Sum() + 20 > Math.Min(c.Bottom - c.Top - 40, 2 * height);
        if (!keyBelow) height = Math.Max(height, legendHeights.Sum() + 20);
        c.EnsureSpace(height);
        var area = new XRect(c.Left, c.Y, c.Width, height);
        var frame = new XRect(area.X + 38, area.Y + 16, area.Width - (keyBelow ? 0 : legendW) - 50, Math.Min(height, 230) - 46);
        var maxSize = points.Select(p => p.Size).DefaultIfEmpty(1).Max();
        // Many segments: smaller bubbles, so they do not merge into one blot.
        var maxR = Math.Min(Math.Min(22, frame.Height / 8), frame.Width / (3 * Math.Sqrt(Math.Max(1, points.Count))));
        double Radius(double size) => Math.Max(2.5, maxR * Math.Sqrt(size / Math.Max(1e-12, maxSize)));
        var plot = new XRect(frame.X + maxR, frame.Y, frame.Width - maxR, frame.Height - maxR);
        double Fit(Func<(string Key, string Label, double X, double Y, double Size), double> value, double length)
        {
            var max = Nice(points.Select(value).DefaultIfEmpty(0.1).Max());
            for (var i = 0; i < 20 && points.Any(p => value(p) / max * length + Radius(p.Size) > length); i++) max = Nice(max * 1.01);
            return max;
        }
        var maxX = Fit(p => p.X, plot.Width);
        var maxY = Fit(p => p.Y, plot.Height);
        var g = c.Graphics;
        var grid = new XPen(c.Theme.Rule, 0.4);
        for (var t = 0; t <= 4; t++)
        {
            var gx = plot.X + plot.Width * t / 4;
            var gy = plot.Bottom - plot.Height * t / 4;
            g.DrawLine(grid, gx, frame.Y, gx, frame.Bottom);
            g.DrawLine(grid, frame.X, gy, plot.Right, gy);
            c.Text(axisLabel(maxX * t / 4), new XRect(gx - 20, frame.Bottom + 2, 40, 10), c.Font(6.5), c.Theme.Muted, align: XStringAlignment.Center);
            c.Text(axisLabel(maxY * t / 4), new XRect(area.X, gy - 5, 34, 10), c.Font(6.5), c.Theme.Muted, align: XStringAlignment.Far);
        }
        c.Record(FormattableString.Invariant($"bubble axes {maxX:R} {maxY:R}"), new XRect(plot.X, plot.Y, plot.Width, plot.Height), frame);
        // Equal share line: above it a segment brings more value than its size.
        var end = Math.Min(maxX, maxY);
        g.DrawLine(new XPen(c.Theme.Muted, 0.6) { DashStyle = XDashStyle.Dash }, plot.X, plot.Bottom,
            plot.X + plot.Width * end / maxX, plot.Bottom - plot.Height * end / maxY);
        var keyFont = c.Font(6.5, bold: true);
        var placed = new List<XRect>();
        foreach (var p in points.OrderByDescending(p => p.Size))
        {
            var r = Radius(p.Size);
            var cx = plot.X + plot.Width * p.X / maxX;
            var cy = plot.Bottom - plot.Height * p.Y / maxY;
            var rect = new XRect(cx - r, cy - r, 2 * r, 2 * r);
            g.DrawEllipse(new XPen(c.Theme.Accent, 0.8), new XSolidBrush(XColor.FromArgb(150, c.Theme.Accent)), rect);
            c.Record(FormattableString.Invariant($"bubble {p.Key} {p.X:R} {p.Y:R}"), rect, frame);
            // The key sits on its bubble, or beside it when another key already took that spot.
            var w = c.Measure(p.Key, keyFont) + 2;
            var label = new[]
                {
                    new XRect(cx - w / 2, cy - 5, w, 10), new XRect(cx + r + 1, cy - 5, w, 10), new XRect(cx - r - 1 - w, cy - 5, w, 10),
                    new XRect(cx - w / 2, cy - r - 11, w, 10), new XRect(cx - w / 2, cy + r + 1, w, 10),
                    new XRect(cx + r + 1, cy - r - 11, w, 10), new XRect(cx - r - 1 - w, cy + r + 1, w, 10),
                }
                .FirstOrDefault(b => !placed.Any(o => o.IntersectsWith(b)), new XRect(cx - w / 2, cy - 5, w, 10));
            placed.Add(label);
            c.Text(p.Key, label, keyFont, c.Theme.Ink, align: XStringAlignment.Center, minSize: 5);
        }
        c.Text(xTitle, new XRect(frame.X, frame.Bottom + 13, frame.Width, 11), c.Font(7.5), c.Theme.Ink, align: XStringAlignment.Center);
        c.Text(yTitle, new XRect(area.X, area.Y, 200, 10), c.Font(7.5), c.Theme.Ink);
        c.Y += Math.Min(height, 230) + 6;
        if (keyBelow)
        {
            c.Paragraph(string.Join(" · ", points.Select(p => p.Key + " " + p.Label)), 7, c.Theme.Muted);
            return;
        }
        var y = area.Y + 6;
        for (var i = 0; i < points.Count; i++)
        {
            c.Text(points[i].Key + "  " + points[i].Label, new XRect(frame.Right + 12, y, legendW, legendHeights[i]), legendFont, c.Theme.Ink,
                maxLines: 2, minSize: legendMin);
            y += legendHeights[i];
        }
        c.Y = area.Y + height + 6;
    }

    /// <summary>A heatmap of counts: rows × columns, shade proportional to the row share.</summary>
    public static void Heatmap(ReportComposer c, IReadOnlyList<string> rows, IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<int>> counts,
        Func<double, string> count)
    {
        var cell = Math.Min(22, (c.Bottom - c.Top - 60) / Math.Max(1, rows.Count + 1));
        var labelW = c.Width * 0.26;
        var cellW = (c.Width - labelW) / Math.Max(1, columns.Count);
        var height = cell * (rows.Count + 2) + 4;
        c.EnsureSpace(height);
        var y = c.Y;
        var max = counts.SelectMany(r => r).DefaultIfEmpty(1).Max();
        for (var j = 0; j < columns.Count; j++)
            c.Text(columns[j], new XRect(c.Left + labelW + j * cellW + 1, y, cellW - 2, cell * 2), c.Font(6.5), c.Theme.Ink, maxLines: 3,
                align: XStringAlignment.Center, minSize: 4.5, verticalCentre: true);
        y += cell * 2;
        for (var i = 0; i < rows.Count; i++)
        {
            c.Text(rows[i], new XRect(c.Left, y + i * cell, labelW - 4, cell), c.Font(7), c.Theme.Ink, maxLines: 2, minSize: 5, verticalCentre: true);
            for (var j = 0; j < columns.Count; j++)
            {
                var v = counts[i][j];
                var rect = Box(c.Left + labelW + j * cellW, y + i * cell, cellW - 1, cell - 1);
                var t = max == 0 ? 0 : Math.Sqrt((double)v / max);
                var colour = ReportTheme.Mix(XColors.White, c.Theme.Accent, 0.08 + 0.92 * t);
                c.Fill(rect, colour, c.PageBox, "heat cell");
                if (v > 0)
                    c.Text(count(v), rect, c.Font(6.5), t > 0.55 ? XColors.White : c.Theme.Ink, align: XStringAlignment.Center, minSize: 4, verticalCentre: true);
            }
        }
        c.Y = y + rows.Count * cell + 8;
    }

    /// <summary>Vertical columns, one per category, with a dashed reference line (e.g. the base rate)
    /// and the value above each column; categories are shown by their short key.</summary>
    public static void Columns(ReportComposer c, IReadOnlyList<(string Key, double Value)> columns, double reference, string referenceLabel,
        Func<double, string> format, double height = 150)
    {
        c.EnsureSpace(height);
        var plot = new XRect(c.Left + 6, c.Y + 14, c.Width - 12, height - 32);
        var max = Math.Max(reference, columns.Select(x => x.Value).Where(double.IsFinite).DefaultIfEmpty(0).Max()) * 1.15;
        if (!(max > 0)) max = 1;
        var slot = plot.Width / Math.Max(1, columns.Count);
        var barW = Math.Min(36, slot * 0.7);
        for (var i = 0; i < columns.Count; i++)
        {
            var v = double.IsFinite(columns[i].Value) ? Math.Max(0, columns[i].Value) : 0;
            var h = plot.Height * v / max;
            var x = plot.X + i * slot + (slot - barW) / 2;
            c.Fill(Box(x, plot.Bottom - h, barW, h), v > reference ? c.Theme.Bad : c.Theme.Accent, plot, "column");
            // The value sits above its column unless the reference line runs through that spot (a
            // column just under the line); then it goes inside the column's top, in white, or above the
            // line when the column is too short to hold it.
            var yRef0 = plot.Bottom - plot.Height * reference / max;
            var labelY = plot.Bottom - h - 11;
            var onLine = labelY - 1 < yRef0 && yRef0 < labelY + 11;
            var inside = onLine && h > 13;
            if (onLine) labelY = inside ? plot.Bottom - h + 1.5 : yRef0 - 12;
            c.Text(format(columns[i].Value), new XRect(plot.X + i * slot, labelY, slot, 10), c.Font(6.5, bold: inside), inside ? XColors.White : c.Theme.Ink,
                align: XStringAlignment.Center, minSize: 4);
            c.Text(columns[i].Key, new XRect(plot.X + i * slot, plot.Bottom + 2, slot, 10), c.Font(7, bold: true), c.Theme.Muted,
                align: XStringAlignment.Center, minSize: 4);
        }
        var yRef = plot.Bottom - plot.Height * reference / max;
        c.Graphics.DrawLine(new XPen(c.Theme.Ink, 0.8) { DashStyle = XDashStyle.Dash }, plot.X, yRef, plot.Right, yRef);
        // The reference is named above the plot, where no column or value label can sit.
        var top = plot.Y - 14;
        c.Graphics.DrawLine(new XPen(c.Theme.Ink, 0.8) { DashStyle = XDashStyle.Dash }, plot.Right - 180, top + 5, plot.Right - 164, top + 5);
        c.Text(referenceLabel, new XRect(plot.Right - 160, top, 160, 10), c.Font(7), c.Theme.Ink, minSize: 5);
        c.Graphics.DrawLine(new XPen(c.Theme.Rule, 0.6), plot.X, plot.Bottom, plot.Right, plot.Bottom);
        c.Y += height;
    }

    /// <summary>A snake plot: one line per segment across the features, each point the segment's mean in
    /// base standard deviations (clamped to ±<paramref name="limit"/>), numbered at its right end.</summary>
    public static void Snake(ReportComposer c, IReadOnlyList<string> features, IReadOnlyList<(string Key, double[] Values)> lines,
        double limit = 2, double height = 190)
    {
        c.EnsureSpace(height);
        var plot = new XRect(c.Left + 30, c.Y + 12, c.Width - 60, height - 58);
        var g = c.Graphics;
        double Y(double v) => plot.Y + plot.Height / 2 - plot.Height / 2 * Math.Clamp(double.IsFinite(v) ? v : 0, -limit, limit) / limit;
        double X(int j) => features.Count == 1 ? plot.X + plot.Width / 2 : plot.X + plot.Width * j / (features.Count - 1);
        foreach (var tick in new[] { -limit, -limit / 2, 0, limit / 2, limit }.Distinct())
        {
            g.DrawLine(new XPen(tick == 0 ? c.Theme.Ink : c.Theme.Rule, tick == 0 ? 0.8 : 0.4), plot.X, Y(tick), plot.Right, Y(tick));
            var text = (tick > 0 ? "+" : tick < 0 ? "−" : "") + Math.Abs(tick).ToString("0.#", c.Theme.Culture) + " σ";
            c.Text(text, new XRect(c.Left, Y(tick) - 5, 26, 10), c.Font(6.5), c.Theme.Muted, align: XStringAlignment.Far);
        }
        var slot = plot.Width / Math.Max(1, features.Count - 1);
        for (var j = 0; j < features.Count; j++)
            c.Text(features[j], new XRect(Math.Max(c.Left, X(j) - slot / 2), plot.Bottom + 4, Math.Min(slot, c.Left + c.Width - Math.Max(c.Left, X(j) - slot / 2)), 30),
                c.Font(6.5), c.Theme.Ink, maxLines: 3, align: XStringAlignment.Center, minSize: 4.5);
        var ends = new List<(int Line, double Y)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var colour = Palette(c, i);
            var pen = new XPen(colour, 1.4);
            var points = lines[i].Values.Select((v, j) => new XPoint(X(j), Y(v))).ToArray();
            if (points.Length > 1) g.DrawLines(pen, points);
            foreach (var pt in points)
            {
                var dot = new XRect(pt.X - 2, pt.Y - 2, 4, 4);
                g.DrawEllipse(new XSolidBrush(colour), dot);
                c.Record("snake point", dot, new XRect(plot.X - 2, plot.Y - 2, plot.Width + 4, plot.Height + 4));
            }
            ends.Add((i, points[^1].Y));
        }
        // End keys in the order of their lines' ends, pushed apart so that none sits on another.
        const double keyHeight = 9;
        var previous = double.NegativeInfinity;
        foreach (var (line, y) in ends.OrderBy(e => e.Y).ThenBy(e => e.Line))
        {
            var top = Math.Max(y - keyHeight / 2, previous);
            previous = top + keyHeight;
            c.Text(lines[line].Key, new XRect(plot.Right + 4, top, 22, keyHeight), c.Font(7, bold: true), Palette(c, line), minSize: 5);
        }
        c.Y += height;
    }

    /// <summary>A Sankey of customers moving between segments across snapshots: one column of segment
    /// bars per date, a band from a segment at one date to a segment at the next as wide as the
    /// customers who made that move (customers present at both dates). A segment's bar is as tall as
    /// the larger of what flows into it and out of it. Segments are named beside the first and last
    /// columns where their bar is tall enough to hold the name; dates head the columns.</summary>
    /// <param name="transitions">[t][from][to]: customers in segment from at date t and to at t + 1.</param>
    public static void Flows(ReportComposer c, IReadOnlyList<string> dates, IReadOnlyList<(string Id, string Name)> segments,
        IReadOnlyList<IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>>> transitions, double height = 230)
    {
        var columns = transitions.Count + 1;
        var index = segments.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        int Of(string id) => index.TryGetValue(id, out var i) ? i : -1;
        var outOf = new double[columns, segments.Count];
        var into = new double[columns, segments.Count];
        for (var t = 0; t < transitions.Count; t++)
            foreach (var (from, row) in transitions[t])
                foreach (var (to, n) in row)
                    if (Of(from) >= 0 && Of(to) >= 0)
                    {
                        outOf[t, Of(from)] += n;
                        into[t + 1, Of(to)] += n;
                    }
        double Value(int t, int s) => Math.Max(outOf[t, s], into[t, s]);
        // Past the palette's eight hues, lighter tints of them, so twelve RFM segments stay apart.
        XColor Colour(int s) => s < 8 ? Palette(c, s) : ReportTheme.Mix(XColors.White, Palette(c, s % 8), 0.5);

        c.EnsureSpace(height);
        const double gap = 3, nodeWidth = 7, headHeight = 12;
        var labelWidth = c.Width * 0.2;
        var plot = new XRect(c.Left + labelWidth, c.Y + headHeight, c.Width - 2 * labelWidth, height - headHeight - 8);
        var scale = double.PositiveInfinity;
        for (var t = 0; t < columns; t++)
        {
            var used = Enumerable.Range(0, segments.Count).Where(s => Value(t, s) > 0).ToList();
            var total = used.Sum(s => Value(t, s));
            if (total > 0) scale = Math.Min(scale, (plot.Height - gap * (used.Count - 1)) / total);
        }
        if (!double.IsFinite(scale) || scale <= 0) return;
        double X(int t) => columns == 1 ? plot.X : plot.X + (plot.Width - nodeWidth) * t / (columns - 1);
        var top = new double[columns, segments.Count];
        for (var t = 0; t < columns; t++)
        {
            var y = plot.Y;
            c.Text(dates[t], new XRect(X(t) + nodeWidth / 2 - 40, c.Y, 80, headHeight - 2), c.Font(6.5), c.Theme.Muted, align: XStringAlignment.Center, minSize: 5);
            for (var s = 0; s < segments.Count; s++)
            {
                if (Value(t, s) <= 0) continue;
                top[t, s] = y;
                c.Fill(new XRect(X(t), y, nodeWidth, Value(t, s) * scale), Colour(s), c.PageBox, "flow node");
                y += Value(t, s) * scale + gap;
            }
        }
        // Bands: each leaves its source bar from the top down in the order of the targets and enters
        // its target bar in the order of the sources, so bands never cross inside a bar.
        var g = c.Graphics;
        for (var t = 0; t < transitions.Count; t++)
        {
            var outOffset = new double[segments.Count];
            var inOffset = new double[segments.Count];
            var bands = transitions[t].SelectMany(r => r.Value.Select(v => (From: Of(r.Key), To: Of(v.Key), Count: v.Value)))
                .Where(b => b.From >= 0 && b.To >= 0 && b.Count > 0).OrderBy(b => b.From).ThenBy(b => b.To).ToList();
            var entering = bands.OrderBy(b => b.To).ThenBy(b => b.From).ToList();
            var inY = new Dictionary<(int, int), double>();
            foreach (var b in entering)
            {
                inY[(b.From, b.To)] = top[t + 1, b.To] + inOffset[b.To];
                inOffset[b.To] += b.Count * scale;
            }
            foreach (var b in bands)
            {
                var width = b.Count * scale;
                double x0 = X(t) + nodeWidth, y0 = top[t, b.From] + outOffset[b.From];
                double x1 = X(t + 1), y1 = inY[(b.From, b.To)];
                outOffset[b.From] += width;
                var mid = (x0 + x1) / 2;
                var path = new XGraphicsPath();
                path.AddBezier(x0, y0, mid, y0, mid, y1, x1, y1);
                path.AddLine(x1, y1, x1, y1 + width);
                path.AddBezier(x1, y1 + width, mid, y1 + width, mid, y0 + width, x0, y0 + width);
                path.CloseFigure();
                var colour = Colour(b.From);
                g.DrawPath(new XSolidBrush(XColor.FromArgb(b.From == b.To ? 150 : 90, colour.R, colour.G, colour.B)), path);
            }
        }
        // Names beside the first and the last column, where the bar can hold a line of text.
        var nameHeight = ReportComposer.LineHeight(c.Font(6.5));
        foreach (var (t, left) in new[] { (0, true), (columns - 1, false) })
            for (var s = 0; s < segments.Count; s++)
            {
                var h = Value(t, s) * scale;
                if (h < nameHeight) continue;
                var box = left
                    ? new XRect(c.Left, top[t, s] + h / 2 - nameHeight / 2, labelWidth - 4, nameHeight)
                    : new XRect(X(t) + nodeWidth + 4, top[t, s] + h / 2 - nameHeight / 2, c.Left + c.Width - X(t) - nodeWidth - 4, nameHeight);
                c.Text(segments[s].Name, box, c.Font(6.5), c.Theme.Ink, align: left ? XStringAlignment.Far : XStringAlignment.Near, minSize: 4.5);
            }
        c.Y += height;
    }

    /// <summary>A box whose computed width or height fell below zero (or is NaN) is an empty box:
    /// XRect refuses negative sizes ("WidthAndHeightCannotBeNegative"), and a value that sits exactly
    /// on a reference line legitimately leaves no room.</summary>
    internal static XRect Box(double x, double y, double width, double height) =>
        new(x, y, width > 0 ? width : 0, height > 0 ? height : 0);

    /// <summary>The accent colour then distinct hues, for series.</summary>
    public static XColor Palette(ReportComposer c, int i) => (i % 8) switch
    {
        0 => c.Theme.Accent,
        1 => XColor.FromArgb(0xE0, 0x7A, 0x1F),
        2 => XColor.FromArgb(0x2E, 0x8B, 0x57),
        3 => XColor.FromArgb(0xC0, 0x39, 0x2B),
        4 => XColor.FromArgb(0x7D, 0x3C, 0x98),
        5 => XColor.FromArgb(0x11, 0x8A, 0xB2),
        6 => XColor.FromArgb(0x8D, 0x6E, 0x63),
        _ => XColor.FromArgb(0x55, 0x55, 0x55),
    };

    private static double Nice(double max)
    {
        if (!(max > 0)) return 0.1;
        var step = Math.Pow(10, Math.Floor(Math.Log10(max)));
        foreach (var m in new[] { 1, 2, 2.5, 5, 10 })
            if (m * step >= max * 1.05) return m * step;
        return 10 * step;
    }
}
