namespace SegmentationKit.Reports.Layout;

/// <summary>Greedy line breaking on spaces; a word wider than the line is split with a hyphen at the
/// last place it fits (never leaving fewer than two letters on either side when it can avoid it).</summary>
internal static class TextWrap
{
    public static List<string> Lines(string text, double width, Func<string, double> measure)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r", "").Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (measure(candidate) <= width) { line = candidate; continue; }
                if (line.Length > 0) { lines.Add(line); line = ""; }
                var rest = word;
                while (measure(rest) > width)
                {
                    var cut = LongestFit(rest, width, measure);
                    lines.Add(rest[..cut] + (cut < rest.Length && char.IsLetterOrDigit(rest[cut - 1]) ? "-" : ""));
                    rest = rest[cut..];
                }
                line = rest;
            }
            lines.Add(line);
        }
        return lines;
    }

    private static int LongestFit(string word, double width, Func<string, double> measure)
    {
        var cut = 1;
        for (var n = word.Length - 1; n >= 1; n--)
            if (measure(word[..n] + "-") <= width) { cut = n; break; }
        // Prefer a break after a natural separator inside the part that fits (e.g. "ARR-weighted").
        for (var n = cut; n > Math.Max(1, cut - 8); n--)
            if (word[n - 1] is '-' or '/' or '_' or '.') return n;
        // Avoid leaving a single letter on the next line.
        if (word.Length - cut == 1 && cut > 2) cut--;
        return cut;
    }

    /// <summary>The longest prefix of <paramref name="line"/> that fits with an ellipsis after it.</summary>
    public static string Ellipsis(string line, double width, Func<string, double> measure)
    {
        if (measure(line) <= width) return line;
        for (var n = line.Length - 1; n > 0; n--)
        {
            var s = line[..n].TrimEnd() + "…";
            if (measure(s) <= width) return s;
        }
        return "";
    }
}
