using System.Globalization;
using System.Xml.Linq;

namespace SegmentationKit.TestSupport;

/// <summary>Reads generated PDFs back with poppler (pdftotext, pdfinfo).</summary>
public static class PdfText
{
    private const string Hint = "apt-get install poppler-utils";

    /// <summary>The text, with no-break spaces turned into plain spaces so assertions read naturally.</summary>
    public static string Of(string pdf)
    {
        var tool = IntegrationTool.Require("pdftotext", Hint);
        var (code, stdout, stderr) = IntegrationTool.Run(tool, ["-layout", "-enc", "UTF-8", pdf, "-"]);
        if (code != 0) throw new InvalidOperationException($"{tool} failed: {stderr}");
        return stdout.Replace('\u00A0', ' ').Replace('\u202F', ' ');
    }

    public static int Pages(string pdf)
    {
        var tool = IntegrationTool.Require("pdfinfo", Hint);
        var (code, stdout, stderr) = IntegrationTool.Run(tool, [pdf]);
        if (code != 0) throw new InvalidOperationException($"{tool} failed: {stderr}");
        var line = stdout.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), CultureInfo.InvariantCulture);
    }

    public static string Info(string pdf)
    {
        var tool = IntegrationTool.Require("pdfinfo", Hint);
        return IntegrationTool.Run(tool, ["-isodates", pdf]).Stdout;
    }

    /// <summary>Every word with its box (points), from <c>pdftotext -bbox</c>, with its page's size.</summary>
    public static List<(string Word, double XMin, double YMin, double XMax, double YMax, double PageWidth, double PageHeight)> Words(string pdf)
    {
        var tool = IntegrationTool.Require("pdftotext", Hint);
        var html = Path.ChangeExtension(pdf, ".bbox.html");
        var (code, _, stderr) = IntegrationTool.Run(tool, ["-bbox", pdf, html]);
        if (code != 0) throw new InvalidOperationException($"{tool} failed: {stderr}");
        var doc = XDocument.Parse(File.ReadAllText(html).Replace("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">", ""));
        var words = new List<(string, double, double, double, double, double, double)>();
        foreach (var page in doc.Descendants().Where(e => e.Name.LocalName == "page"))
        {
            double A(XElement e, string n) => double.Parse(e.Attribute(n)!.Value, CultureInfo.InvariantCulture);
            var w = A(page, "width");
            var h = A(page, "height");
            foreach (var word in page.Elements().Where(e => e.Name.LocalName == "word"))
                words.Add((word.Value, A(word, "xMin"), A(word, "yMin"), A(word, "xMax"), A(word, "yMax"), w, h));
        }
        return words;
    }
}
