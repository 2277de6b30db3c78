using System.Globalization;
using System.Text.RegularExpressions;
using SegmentationKit.Evaluation;
using SegmentationKit.Profiling;
using SegmentationKit.Reports;
using SegmentationKit.Reports.Layout;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Cli.Tests;

/// <summary>A reviewer's check of every report the demo writes, in English and French, from the text
/// of the PDFs and from the drawing commands of the same reports rendered again in process: totals
/// are active ARR, traits called over-represented are, French pages are French, bubbles sit at their
/// values, no two texts overlap, empty segments get no report.</summary>
[Trait("Category", "Slow")]
[Collection(WholePipelineCollection.Name)]
public partial class DemoReportReviewTests(DemoOutput demo) : IClassFixture<DemoOutput>
{
    private static readonly string[] Cultures = ["en-GB", "fr-FR"];

    /// <summary>The kit's own English words that must never appear on a French page.</summary>
    private static readonly string[] EnglishMarkers =
    [
        "Active ARR", "customers", "Customers", "the base", "Who they are", "How they behave", "What to do", "Lifetime value",
        "Coverage model", "Accounts to look at", "Warning signs", "touch", "Touch", "vs base", "snake plot", "churn rate",
        "Churn", "Play:", "Segment report", "Method and data", "Notes —", "over-represented", "active", "lost to churn",
    ];

    private List<(string Label, PortfolioProfile Profile)> Runs() =>
        Directory.GetDirectories(Path.Combine(demo.Folder, "runs")).OrderBy(d => d, StringComparer.Ordinal)
            .Select(d => (Path.GetFileName(d), PortfolioProfile.FromJson(File.ReadAllText(Path.Combine(d, "profile.json"))))).ToList();

    private static ReportOptions Options(string culture) => new() { Culture = CultureInfo.GetCultureInfo(culture), CreationDate = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc) };

    [SkippableFact]
    public void Every_segment_report_reads_true_in_both_languages()
    {
        demo.Result.ExitCode.Should().Be(0, demo.Result.ToString());
        var problems = new List<string>();
        foreach (var culture in Cultures)
        {
            var french = culture.StartsWith("fr", StringComparison.Ordinal);
            var format = new ReportFormat(CultureInfo.GetCultureInfo(culture), "€");
            var folder = Path.Combine(demo.Folder, culture[..2]);
            foreach (var (label, profile) in Runs())
            {
                var position = 0;
                foreach (var segment in profile.Segments)
                {
                    var file = Path.Combine(folder, $"{label}-{SafeFileName.For(++position, segment.Name)}.pdf");
                    var where = $"{culture} {Path.GetFileName(file)}";
                    if (segment.Customers == 0)
                    {
                        if (File.Exists(file)) problems.Add($"{where}: an empty segment has a report");
                        continue;
                    }
                    if (!File.Exists(file)) { problems.Add($"{where}: missing"); continue; }
                    var text = PdfText.Of(file);

                    // One or two A4 pages, as docs/reports.md says (pdftotext ends each page with a form feed).
                    var pages = text.Count(c => c == '\f');
                    if (pages is < 1 or > 2) problems.Add($"{where}: {pages} pages, not 1–2");

                    // The ARR tile is the profile's active ARR.
                    if (segment.Value.Arr is { CustomerCount: > 0 } arr && !NoSpaces(text).Contains(NoSpaces(format.MoneyShort(arr.Sum)), StringComparison.Ordinal))
                        problems.Add($"{where}: active ARR {format.MoneyShort(arr.Sum)} not shown");

                    // Every lift listed under "who they are" is at least 1.1×.
                    var who = Section(text, french ? "Qui sont-ils" : "Who they are", french ? "Comment ils se comportent" : "How they behave");
                    // Bar rows read "label  1.63×  84.0% vs 52.2%"; the axis' own "1.0×" tick is not a trait.
                    foreach (Match m in who.Split('\n').Where(l => l.Contains('%')).SelectMany(l => LiftPattern().Matches(l)))
                        if (double.Parse(m.Groups[1].Value.Replace(',', '.'), CultureInfo.InvariantCulture) < CategoryTrait.OverRepresentedLift)
                            problems.Add($"{where}: lift {m.Value} listed as over-represented");

                    if (french)
                        foreach (var marker in EnglishMarkers.Where(m => WithoutFileNames(text).Contains(m, StringComparison.Ordinal)))
                            problems.Add($"{where}: English '{marker}' on a French page");

                    // The same report drawn again in process: no two texts overlap.
                    var report = new SegmentReport(profile, segment, Options(culture));
                    report.Write(Stream.Null);
                    problems.AddRange(Overlaps(report.Boxes).Select(o => $"{where}: {o}"));
                }
            }
        }
        problems.Should().BeEmpty();
    }

    [SkippableFact]
    public void The_overview_totals_active_ARR_draws_bubbles_at_their_values_and_overlaps_no_text()
    {
        demo.Result.ExitCode.Should().Be(0, demo.Result.ToString());
        var runs = Runs();
        var comparison = SegmentationComparison.FromJson(File.ReadAllText(Path.Combine(demo.Folder, "comparison.json")));
        var problems = new List<string>();
        foreach (var culture in Cultures)
        {
            var french = culture.StartsWith("fr", StringComparison.Ordinal);
            var format = new ReportFormat(CultureInfo.GetCultureInfo(culture), "€");
            var text = PdfText.Of(Path.Combine(demo.Folder, culture[..2], ReportSet.OverviewFile));
            foreach (var (label, profile) in runs)
            {
                var total = Plain(format.Money(profile.Base.Value.Arr!.Sum));
                if (!Regex.IsMatch(text, $@"Total\s+{Regex.Escape(Plain(format.Count(profile.Base.Customers)))}\s+\S+\s*%?\s+{Regex.Escape(total)}"))
                    problems.Add($"{culture} {label}: the total row does not show the active ARR {total}");
                foreach (var empty in profile.Segments.Where(s => s.Customers == 0))
                    if (!text.Contains(Plain(new ReportStrings(CultureInfo.GetCultureInfo(culture)).SegmentName(empty.Name)), StringComparison.Ordinal))
                        problems.Add($"{culture} {label}: empty segment {empty.Name} not listed");
            }
            if (french)
                foreach (var marker in EnglishMarkers.Where(m => WithoutFileNames(text).Contains(m, StringComparison.Ordinal)))
                    problems.Add($"{culture} overview: English '{marker}' on a French page");

            var overview = new OverviewReport(runs.Select(r => new ReportRun(r.Label, r.Profile)).ToList(), comparison, Options(culture));
            overview.Write(Stream.Null);
            problems.AddRange(Overlaps(overview.Boxes).Select(o => $"{culture} overview: {o}"));
            problems.AddRange(BubblesOffTheirValues(overview.Boxes).Select(o => $"{culture} overview: {o}"));
            overview.Boxes.Count(b => b.What.StartsWith("bubble axes", StringComparison.Ordinal)).Should().Be(runs.Count);
        }
        problems.Should().BeEmpty();
    }

    /// <summary>Each bubble's centre is where its (x, y) falls on the axes drawn with it.</summary>
    private static IEnumerable<string> BubblesOffTheirValues(IReadOnlyList<DrawnBox> boxes)
    {
        DrawnBox? axes = null;
        foreach (var b in boxes)
        {
            var parts = b.What.Split(' ');
            if (b.What.StartsWith("bubble axes", StringComparison.Ordinal)) { axes = b; continue; }
            if (!b.What.StartsWith("bubble ", StringComparison.Ordinal) || axes is null) continue;
            var a = axes.What.Split(' ');
            double maxX = D(a[2]), maxY = D(a[3]), x = D(parts[^2]), y = D(parts[^1]);
            var expectedX = axes.X + axes.Width * x / maxX;
            var expectedY = axes.Y + axes.Height - axes.Height * y / maxY;
            var (cx, cy) = (b.X + b.Width / 2, b.Y + b.Height / 2);
            if (Math.Abs(cx - expectedX) > 0.01 || Math.Abs(cy - expectedY) > 0.01)
                yield return $"{b.What} centred at ({cx:0.0}, {cy:0.0}), its value is at ({expectedX:0.0}, {expectedY:0.0})";
            if (b.X < axes.X - b.Width || b.Y + b.Height > axes.Y + axes.Height + b.Height || b.X + b.Width > axes.X + axes.Width + 0.01 || b.Y < axes.Y - 0.01)
                yield return $"{b.What} leaves the plot";
        }
    }

    /// <summary>Pairs of drawn texts on one page whose boxes overlap by more than a hair.</summary>
    private static IEnumerable<string> Overlaps(IReadOnlyList<DrawnBox> boxes)
    {
        foreach (var page in boxes.Where(b => b.What.StartsWith("text: ", StringComparison.Ordinal)).GroupBy(b => b.Page))
        {
            var texts = page.ToList();
            for (var i = 0; i < texts.Count; i++)
                for (var j = i + 1; j < texts.Count; j++)
                {
                    var (a, b) = (texts[i], texts[j]);
                    var w = Math.Min(a.X + a.Width, b.X + b.Width) - Math.Max(a.X, b.X);
                    var h = Math.Min(a.Y + a.Height, b.Y + b.Height) - Math.Max(a.Y, b.Y);
                    // Line boxes carry the font's leading, so stacked lines touch: allow 1.5 points.
                    if (w > 1.5 && h > 1.5) yield return $"'{a.What[6..]}' overlaps '{b.What[6..]}' on page {page.Key + 1}";
                }
        }
    }

    private static string Section(string text, string from, string to)
    {
        var start = text.IndexOf(from, StringComparison.Ordinal);
        if (start < 0) return "";
        var end = text.IndexOf(to, start, StringComparison.Ordinal);
        return end < 0 ? text[start..] : text[start..end];
    }

    private static string NoSpaces(string s) => Regex.Replace(s, @"[\s\u00A0\u202F]", "");

    /// <summary>The text without file names (data-samples/customers.csv is the user's, not an English word).</summary>
    private static string WithoutFileNames(string text) => Regex.Replace(text, @"\S+\.csv", "");

    private static string Plain(string s) => s.Replace('\u00A0', ' ').Replace('\u202F', ' ');

    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(\d+[.,]\d+)\s?×")]
    private static partial Regex LiftPattern();
}
