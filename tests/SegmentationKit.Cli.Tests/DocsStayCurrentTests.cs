using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Cli.Tests;

/// <summary>Example outputs and figures quoted in README.md and docs/ come from runs this test
/// repeats, so a change that moves one fails until the docs follow.
/// <list type="bullet">
/// <item><c>&lt;!-- doc-run NAME: ARGS --&gt;</c> right before a fenced block: the block is what
/// <c>segkit ARGS</c> prints (run from the repository root, output redirected so tables are 160
/// columns wide; <c>{out}</c> is a fresh folder, <c>{out:NAME}</c> the folder of run NAME above it). Compared exactly, except run times ("fit 0.039 s",
/// "took 4.2 s"), which vary from run to run and are not figures of the method.</item>
/// <item><c>&lt;!-- doc-figure NAME FILE PATH --&gt;VALUE&lt;!-- /doc-figure --&gt;</c> in prose: VALUE is
/// the value at PATH (dots and [index]) of the JSON file FILE that run NAME wrote in <c>{out}</c>,
/// rounded to as many decimals as VALUE shows (the tolerance is half a unit of its last digit).</item>
/// <item><c>&lt;!-- doc-run-quiet NAME: ARGS --&gt;</c>: a run whose output is not quoted, made for the
/// figures that follow it.</item>
/// </list>
/// <c>SEGKIT_UPDATE_DOCS=1 dotnet test --filter DocsStayCurrent</c> rewrites the blocks and figures.</summary>
[Trait("Category", "Slow")]
[Collection(WholePipelineCollection.Name)]
public partial class DocsStayCurrentTests
{

    [Fact]
    public void Every_quoted_run_output_and_figure_matches_a_fresh_run()
    {
        var update = Environment.GetEnvironmentVariable("SEGKIT_UPDATE_DOCS") == "1";
        var problems = new List<string>();
        var runs = 0;
        foreach (var file in DocFiles.All())
        {
            var text = File.ReadAllText(file);
            var outs = new Dictionary<string, string>(StringComparer.Ordinal);
            var updated = RunBlock().Replace(text, m =>
            {
                runs++;
                var (name, args, fence, quoted) = (m.Groups["name"].Value, m.Groups["args"].Value.Trim(), m.Groups["fence"].Value, m.Groups["body"].Value);
                var outDir = Path.Combine(RepoPaths.NewTempFolder("segkit-docs"), name);
                var r = CliRunner.Run(RepoPaths.Root, Arguments(WithEarlierOutputs(args, outs).Replace("{out}", outDir, StringComparison.Ordinal)));
                if (r.ExitCode != 0) { problems.Add($"{Path.GetFileName(file)} {name}: segkit {args} exited {r.ExitCode}: {r.Stderr}"); return m.Value; }
                var fresh = WithoutEarlierOutputs(r.Stdout.Replace(outDir, "{out}", StringComparison.Ordinal), outs).TrimEnd('\n').Replace("\r", "");
                outs[name] = outDir;
                fresh = string.Join('\n', fresh.Split('\n').Select(l => l.TrimEnd()));
                if (Normalise(fresh) != Normalise(quoted.TrimEnd('\n')))
                    problems.Add($"{Path.GetFileName(file)} {name}: the quoted output differs from a fresh run of segkit {args}:\n{fresh}");
                return $"<!-- doc-run {name}: {args} -->\n{fence}\n{fresh}\n```";
            });
            foreach (Match m in QuietRun().Matches(text))
            {
                runs++;
                var (name, args) = (m.Groups["name"].Value, m.Groups["args"].Value.Trim());
                var outDir = Path.Combine(RepoPaths.NewTempFolder("segkit-docs"), name);
                outs[name] = outDir;
                var r = CliRunner.Run(RepoPaths.Root, Arguments(WithEarlierOutputs(args, outs).Replace("{out}", outDir, StringComparison.Ordinal)));
                if (r.ExitCode != 0) problems.Add($"{Path.GetFileName(file)} {name}: segkit {args} exited {r.ExitCode}: {r.Stderr}");
            }
            updated = FigureMark().Replace(updated, m =>
            {
                var (name, json, path, quoted) = (m.Groups["name"].Value, m.Groups["file"].Value, m.Groups["path"].Value, m.Groups["value"].Value);
                if (!outs.TryGetValue(name, out var outDir)) { problems.Add($"{Path.GetFileName(file)}: figure from run '{name}', which is not above it"); return m.Value; }
                var node = json.EndsWith(".csv", StringComparison.Ordinal)
                    ? CsvCell(Path.Combine(outDir, json), path)
                    : Navigate(JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, json))), path);
                var fresh = Format(node, quoted);
                if (fresh != quoted) problems.Add($"{Path.GetFileName(file)}: {name} {json} {path} is {fresh}, the docs say {quoted}");
                return $"<!-- doc-figure {name} {json} {path} -->{fresh}<!-- /doc-figure -->";
            });
            if (update && updated != text) File.WriteAllText(file, updated, new UTF8Encoding(false));
        }
        runs.Should().BeGreaterThan(0, "the docs quote run outputs");
        if (!update) problems.Should().BeEmpty();
    }

    /// <summary>"{out:NAME}" in a run's arguments is the folder an earlier run NAME of the same file wrote.</summary>
    private static string WithEarlierOutputs(string args, Dictionary<string, string> outs) =>
        outs.Aggregate(args, (a, o) => a.Replace("{out:" + o.Key + "}", o.Value, StringComparison.Ordinal));

    private static string WithoutEarlierOutputs(string stdout, Dictionary<string, string> outs) =>
        outs.Aggregate(stdout, (s, o) => s.Replace(o.Value, "{out:" + o.Key + "}", StringComparison.Ordinal));

    /// <summary>Run times are replaced by a mark: they are measurements of the machine, not results.</summary>
    private static string Normalise(string s) => TimePattern().Replace(s.Replace("\r", ""), "${word} <time> s");

    /// <summary>The value a JSON node shows with as many decimals as <paramref name="quoted"/>.</summary>
    private static string Format(JsonNode? node, string quoted)
    {
        if (node is JsonValue v && v.TryGetValue<double>(out var d))
        {
            var decimals = quoted.Contains('.') ? quoted.Length - quoted.IndexOf('.') - 1 : 0;
            return d.ToString((quoted.Contains(',') ? "N" : "F") + decimals, System.Globalization.CultureInfo.InvariantCulture);
        }
        return node?.ToString() ?? "null";
    }

    /// <summary>The cell at "[row].column" of a CSV the kit wrote (row 0 is the first after the header).</summary>
    private static JsonNode? CsvCell(string file, string path)
    {
        var lines = File.ReadAllLines(file);
        var header = lines[0].Split(',');
        var m = PathPart().Matches(path);
        var row = int.Parse(m[0].Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var cell = lines[row + 1].Split(',')[Array.IndexOf(header, m[1].Groups["key"].Value)];
        return double.TryParse(cell, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) ? JsonValue.Create(d) : JsonValue.Create(cell);
    }

    private static JsonNode? Navigate(JsonNode? node, string path)
    {
        foreach (Match part in PathPart().Matches(path))
            node = part.Groups["index"].Success ? node?[int.Parse(part.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture)] : node?[part.Groups["key"].Value];
        return node;
    }

    /// <summary>Splits ARGS like a shell would for the simple words the docs use (no quotes needed there).</summary>
    private static string[] Arguments(string args) => args.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex(@"<!-- doc-run (?<name>[\w-]+): (?<args>[^\n]*?) -->\n(?<fence>```\w*)\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex RunBlock();

    [GeneratedRegex(@"<!-- doc-run-quiet (?<name>[\w-]+): (?<args>[^\n]*?) -->")]
    private static partial Regex QuietRun();

    [GeneratedRegex(@"<!-- doc-figure (?<name>[\w-]+) (?<file>\S+) (?<path>\S+) -->(?<value>[^<]*)<!-- /doc-figure -->")]
    private static partial Regex FigureMark();

    [GeneratedRegex(@"(?<word>fit|took|in) \d+(\.\d+)? s\b")]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"(?<key>[A-Za-z_][\w]*)|\[(?<index>\d+)\]")]
    private static partial Regex PathPart();
}
