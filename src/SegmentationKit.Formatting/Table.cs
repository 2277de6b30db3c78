using System.Net;
using System.Text;

namespace SegmentationKit.Formatting;

/// <summary>A small table rendered both as HTML (for notebook front ends) and as aligned text
/// (text/plain, for the terminal and diff-friendly stored outputs).</summary>
internal sealed class Table(string? caption, IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows, int totalRows)
{
    public string? Caption => caption;
    public IReadOnlyList<string> Columns => columns;
    public IReadOnlyList<IReadOnlyList<string>> Rows => rows;

    public string ToHtml()
    {
        var html = new StringBuilder("<table class=\"segkit-table\">");
        if (caption is not null) html.Append("<caption>").Append(WebUtility.HtmlEncode(caption)).Append("</caption>");
        html.Append("<thead><tr>");
        foreach (var c in columns) html.Append("<th>").Append(WebUtility.HtmlEncode(c)).Append("</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var cell in row) html.Append("<td>").Append(WebUtility.HtmlEncode(cell)).Append("</td>");
            html.Append("</tr>");
        }
        html.Append("</tbody></table>");
        if (totalRows > rows.Count) html.Append($"<p>… {totalRows - rows.Count} more rows ({totalRows} in all)</p>");
        return html.ToString();
    }

    public string ToText()
    {
        var widths = columns.Select(c => c.Length).ToArray();
        foreach (var row in rows)
            for (var i = 0; i < row.Count && i < widths.Length; i++) widths[i] = Math.Max(widths[i], row[i].Length);
        var text = new StringBuilder();
        if (caption is not null) text.Append(caption).Append('\n');
        AppendRow(text, columns, widths);
        text.Append(string.Join("  ", widths.Select(w => new string('-', w)))).Append('\n');
        foreach (var row in rows) AppendRow(text, row, widths);
        if (totalRows > rows.Count) text.Append($"… {totalRows - rows.Count} more rows ({totalRows} in all)\n");
        return text.ToString().TrimEnd('\n');
    }

    private static void AppendRow(StringBuilder text, IReadOnlyList<string> cells, int[] widths)
    {
        var parts = cells.Select((c, i) => i == cells.Count - 1 ? c : c.PadRight(widths[i]));
        text.Append(string.Join("  ", parts).TrimEnd()).Append('\n');
    }
}
