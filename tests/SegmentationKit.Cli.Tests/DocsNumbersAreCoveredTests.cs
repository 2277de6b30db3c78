using System.Globalization;
using System.Text.RegularExpressions;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Cli.Tests;

/// <summary>Every number in README.md and docs/ is either checked by CI or stated as not a result of
/// the kit. A number is covered when it stands
/// <list type="bullet">
/// <item>in a quoted run output or figure (<c>doc-run</c>, <c>doc-figure</c>: compared with a fresh run
/// by <see cref="DocsStayCurrentTests"/>), or in a region another tool generates (<c>doc-generated</c>:
/// regenerated and compared by <see cref="DocsGeneratedSectionsTests"/>);</item>
/// <item>in a block (paragraph, list or table) marked <c>&lt;!-- doc-test NAME[, NAME] --&gt;</c>: named
/// tests assert those numbers (the test checks that each named test exists);</item>
/// <item>in a block marked <c>&lt;!-- doc-measured YYYY-MM-DD --&gt;</c>, or a section whose heading
/// holds that mark: timings and memory measured on that date on the machine docs/benchmarks.md
/// describes; they are records of a machine, which CI cannot reproduce, and say so;</item>
/// <item>in code the reader types (a fenced block of a programming or shell language, an inline code
/// span) — options and literals, not results;</item>
/// <item>in a name that holds a digit (a version, an encoding, a citation's year, a date, a notebook
/// number) — see <see cref="NotFigures"/>.</item>
/// </list></summary>
public partial class DocsNumbersAreCoveredTests
{
    /// <summary>Tokens that contain digits but are names, not figures, each with its reason.</summary>
    private static readonly (string Why, Regex Pattern)[] NotFigures =
    [
        ("a version", new(@"\b\d+\.\d+\.\d+(\.\d+)?(-[\w.]+)?\b|(\.NET|FSharp\.Core|Roslyn|Deedle|Plotly\.NET|nbformat|scikit-learn|Jupyter|PostgreSQL|R|Python|Parquet\.Net|C#|CC BY|ASP\.NET)\s+\d+(\.\d+)?\b|\bnet\d+\.\d\b|\bv\d+\b")),
        ("a date", new(@"\b\d{4}-\d{2}-\d{2}\b|\b\d{4}-\d{2}\b")),
        ("an encoding, hash or standard", new(@"\bUTF-(8|16|32)(LE|BE)?\b|\bWindows-125\d\b|\bSHA-\d+\b|\bISO[ -]\d+(-\d)?\b|\bU\+[0-9A-F]{4}\b|\bRFC \d+\b|\bHTTP/\d")),
        ("a citation's year", new(@"\b\p{Lu}[\p{L}'-]+(( (&|and) \p{Lu}[\p{L}'-]+)| et al\.)?,? \(?(19|20)\d\d[a-z]?\b|\((19|20)\d\d\)")),
        ("a notebook's number", new(@"\b(notebooks?|Notebook) \d\d\b|\b\d\d-[a-z][\w-]*")),
        ("a name with a digit", new(@"\b[A-Za-z]+\d+[A-Za-z]*\b|\b\d+(D|d)\b|\bx\d+\b")),
        ("a list item's number", new(@"^\s*\d+\. ", RegexOptions.Multiline)),
        ("a cluster's label (what the cluster holds is quoted from a run beside it)", new(@"\b[Cc]lusters? \d+\b|^\| \d+ \|", RegexOptions.Multiline)),
    ];

    [Fact]
    public void Every_number_in_the_docs_is_checked_by_a_run_a_test_or_stated_as_a_measurement()
    {
        var problems = new List<string>();
        var testNames = TestMethodNames();
        foreach (var file in DocFiles.All())
        {
            var name = Path.GetRelativePath(RepoPaths.Root, file);
            var text = File.ReadAllText(file).Replace("\r", "");
            foreach (Match m in TestMark().Matches(text))
                foreach (var test in m.Groups["names"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    if (!testNames.Contains(test.Split('.')[^1]))
                        problems.Add($"{name}:{LineOf(text, m.Index)}: doc-test names '{test}', which is not a test in tests/");
            foreach (Match m in MeasuredMark().Matches(text))
                if (!DateOnly.TryParseExact(m.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                    problems.Add($"{name}:{LineOf(text, m.Index)}: doc-measured needs the date of the measurement as yyyy-MM-dd");
            foreach (var (line, number, context) in UncoveredNumbers(text))
                problems.Add($"{name}:{line}: {number} in \"{context}\"");
        }
        problems.Should().BeEmpty(
            "every number in the docs must come from a run CI repeats (doc-run, doc-figure), a generated section, " +
            "a named test (<!-- doc-test Name --> on its paragraph, list or table) or a dated measurement (<!-- doc-measured yyyy-MM-dd -->)");
    }

    [Fact]
    public void The_coverage_rules_catch_a_bare_figure_and_accept_each_kind_of_cover()
    {
        var doc = string.Join('\n',
            "k-means finds 5 clusters.",                                   // bare: not covered
            "",
            "<!-- doc-test Some_test --> It agrees to 1e-9 with 3 peers.",  // a named test covers the paragraph
            "second line of that paragraph, 42.",
            "",
            "| step | time |",
            "|---|---|",
            "| fit | 1.2 s | <!-- doc-measured 2026-11-29 -->",
            "",
            "Run `segkit segment --k 6` with .NET 10 on UTF-8 files (Hamerly 2010), see notebook 03, 2026-06-30.",
            "",
            "```bash",
            "segkit generate --customers 5000",
            "```",
            "<!-- doc-figure run a.json x -->0.35<!-- /doc-figure --> and 7 more.",
            "## Speed (2026-11-29) <!-- doc-measured 2026-11-29 -->",           // a measured section
            "k-means: 1.2 s.",
            "",
            "### On 8 threads",                                              // a subsection of it
            "0.8 s.",
            "## Next",
            "Cluster 3 holds 12 rows.");                                     // a cluster's label, then a bare figure
        UncoveredNumbers(doc).Select(u => (u.Line, u.Number)).Should().Equal((1, "5"), (15, "7"), (22, "12"));
    }


    /// <summary>(line, number, its line) of each number no rule covers. Covered text is blanked with
    /// spaces of the same length (new lines kept) so line numbers stay those of the file.</summary>
    internal static IEnumerable<(int Line, string Number, string Context)> UncoveredNumbers(string text)
    {
        var t = Blank(text, RunBlock());
        t = Blank(t, FigureMark());
        t = Blank(t, GeneratedRegion());
        t = Blank(t, CodeFence());
        t = BlankMarkedBlocks(t);
        t = Blank(t, CodeSpan());
        foreach (var (_, pattern) in NotFigures) t = Blank(t, pattern);
        t = Blank(t, HtmlComment());
        var lines = text.Split('\n');
        foreach (Match m in Number().Matches(t))
        {
            var line = LineOf(t, m.Index);
            var context = lines[line - 1].Trim();
            yield return (line, m.Value.TrimEnd(','), context.Length > 120 ? context[..120] + "…" : context);
        }
    }

    /// <summary>Blanks every block (lines between blank lines) that holds a doc-test or doc-measured mark,
    /// and every section whose heading holds a doc-measured mark (to the next heading of its level or above).</summary>
    private static string BlankMarkedBlocks(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (!HeadingLevel(lines[i], out var level) || !MeasuredMark().IsMatch(lines[i])) continue;
            var j = i;
            do lines[j] = new string(' ', lines[j].Length);
            while (++j < lines.Length && !(HeadingLevel(lines[j], out var next) && next <= level));
            i = j - 1;
        }
        var start = 0;
        for (var i = 0; i <= lines.Length; i++)
        {
            if (i < lines.Length && lines[i].Trim().Length > 0) continue;
            if (Enumerable.Range(start, i - start).Any(j => TestMark().IsMatch(lines[j]) || MeasuredMark().IsMatch(lines[j])))
                for (var j = start; j < i; j++) lines[j] = new string(' ', lines[j].Length);
            start = i + 1;
        }
        return string.Join('\n', lines);
    }

    private static bool HeadingLevel(string line, out int level)
    {
        level = line.TakeWhile(c => c == '#').Count();
        return level > 0 && line.Length > level && line[level] == ' ';
    }

    private static string Blank(string text, Regex pattern) =>
        pattern.Replace(text, m => new string(m.Value.Select(c => c == '\n' ? '\n' : ' ').ToArray()));

    private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    /// <summary>Names of the public methods of tests/ (the tests, [Fact] or [Theory]).</summary>
    private static HashSet<string> TestMethodNames() =>
        Directory.GetFiles(RepoPaths.Combine("tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => TestMethod().Matches(File.ReadAllText(f)).Select(m => m.Groups["name"].Value))
            .ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"<!-- doc-run [^\n]*-->\n(?<fence>```+)[^\n]*\n.*?\n\k<fence>", RegexOptions.Singleline)]
    private static partial Regex RunBlock();

    [GeneratedRegex(@"<!-- doc-figure .*?<!-- /doc-figure -->", RegexOptions.Singleline)]
    private static partial Regex FigureMark();

    [GeneratedRegex(@"<!-- doc-generated [^\n]*-->.*?<!-- /doc-generated -->", RegexOptions.Singleline)]
    private static partial Regex GeneratedRegion();

    /// <summary>Fenced code in a language the reader types; a fence without a language (or "text") may
    /// quote an output and is not covered by this rule.</summary>
    [GeneratedRegex(@"^(?<fence>```+)(bash|sh|shell|csharp|cs|fsharp|yaml|python|sql|powershell)[ \t]*\n.*?\n\k<fence>[ \t]*$", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex CodeFence();

    /// <summary>An inline code span; it may wrap lines but not cross a blank line.</summary>
    [GeneratedRegex(@"`[^`\n]+(\n[^`\n]+)*`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex HtmlComment();

    [GeneratedRegex(@"<!-- doc-test (?<names>[^>]*?) -->")]
    private static partial Regex TestMark();

    [GeneratedRegex(@"<!-- doc-measured (?<date>\S+) -->")]
    private static partial Regex MeasuredMark();

    [GeneratedRegex(@"(?<![\w.])\d[\d,]*(\.\d+)?")]
    private static partial Regex Number();

    [GeneratedRegex(@"public\s+(async\s+)?(void|Task)\s+(?<name>\w+)\s*\(")]
    private static partial Regex TestMethod();
}
