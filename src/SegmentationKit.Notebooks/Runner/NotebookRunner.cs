using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using SegmentationKit.Errors;
using SegmentationKit.Notebooks.Engine;

namespace SegmentationKit.Notebooks.Runner;

/// <summary>Executes notebooks without Jupyter, like <c>jupyter nbconvert --execute</c>: every code
/// cell in order on a fresh <see cref="NotebookEngine"/> whose folder is the notebook's, outputs and
/// execution counts written back. Parameters work as in papermill: a cell is injected after the cell
/// tagged <c>parameters</c>, assigning the given values.</summary>
public static class NotebookRunner
{
    public const string ParametersTag = "parameters";
    public const string InjectedTag = "injected-parameters";

    /// <summary>Runs the notebook at <paramref name="path"/> and returns it with its outputs. Throws
    /// <see cref="NotebookExecutionException"/> at the first failing cell (the file is not touched).</summary>
    /// <param name="parameters">name → value; a value that reads as a number or true/false is
    /// assigned as such, anything else as a string.</param>
    public static NotebookRunResult Run(string path, IReadOnlyDictionary<string, string>? parameters = null) =>
        Run(path, parameters, new NotebookRunOptions());

    /// <summary>As <see cref="Run(string, IReadOnlyDictionary{string, string}?)"/>, with the cells
    /// run as <paramref name="options"/> say: in a child process, each within a time limit.</summary>
    public static NotebookRunResult Run(string path, IReadOnlyDictionary<string, string>? parameters, NotebookRunOptions options)
    {
        if (options.CellTimeout is { } limit && (limit <= TimeSpan.Zero || options.EngineCommand is null))
            throw new ArgumentException(limit <= TimeSpan.Zero
                ? "the cell timeout must be positive"
                : "a cell timeout needs the engine in a child process (NotebookRunOptions.EngineCommand)", nameof(options));
        var document = NotebookDocument.Load(path);
        var stopwatch = Stopwatch.StartNew();
        if (parameters is { Count: > 0 }) InjectParameters(document, parameters);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (options.EngineCommand is { } command)
        {
            using var process = new EngineProcess(command, folder);
            return RunCells(path, document, stopwatch, code => process.Execute(code, options.CellTimeout));
        }
        var engine = new NotebookEngine(folder);
        return RunCells(path, document, stopwatch, code => engine.ExecuteAsync(code).GetAwaiter().GetResult());
    }

    private static NotebookRunResult RunCells(string path, NotebookDocument document, Stopwatch stopwatch, Func<string, CellResult> execute)
    {
        var cells = document.Cells;
        var executed = 0;
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i] is not JsonObject cell || (string?)cell["cell_type"] != "code") continue;
            var source = NotebookDocument.Source(cell);
            if (source.Trim().Length == 0)
            {
                cell["execution_count"] = null;
                cell["outputs"] = new JsonArray();
                continue;
            }
            var result = execute(source);
            executed++;
            cell["execution_count"] = result.ExecutionCount;
            cell["outputs"] = new JsonArray(result.Outputs.Select(o => (JsonNode?)o.ToJson()).ToArray());
            if (result.Error is { } error) throw new NotebookExecutionException(path, i + 1, error, FirstLine(source));
        }
        return new NotebookRunResult(document, executed, stopwatch.Elapsed);
    }

    private static string FirstLine(string source) =>
        source.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal)) ?? "";

    private static void InjectParameters(NotebookDocument document, IReadOnlyDictionary<string, string> parameters)
    {
        var cells = document.Cells;
        var at = -1;
        for (var i = 0; i < cells.Count; i++)
        {
            var tags = cells[i]?["metadata"]?["tags"] as JsonArray;
            if (tags?.Any(t => (string?)t == InjectedTag) == true)
            {
                // A stored earlier run: replace its injected cell rather than stacking another.
                cells.RemoveAt(i);
                i--;
                continue;
            }
            if (at < 0 && tags?.Any(t => (string?)t == ParametersTag) == true) at = i;
        }
        if (at < 0)
            throw new ConfigurationException(document.Path, "--param", "the notebook has no cell tagged 'parameters' to override",
                "tag the cell that sets the defaults with 'parameters' (View > Cell toolbar > Tags), or run without --param");
        var code = string.Join("\n", parameters.Select(p => $"{CheckName(document.Path, p.Key)} = {Literal(p.Value)};"));
        cells.Insert(at + 1, new JsonObject
        {
            ["cell_type"] = "code",
            ["execution_count"] = null,
            ["id"] = "injected-parameters",
            ["metadata"] = new JsonObject { ["tags"] = new JsonArray(InjectedTag) },
            ["outputs"] = new JsonArray(),
            ["source"] = NotebookDocument.SourceLines(code),
        });
    }

    private static string CheckName(string path, string name)
    {
        if (name.Length == 0 || !(char.IsLetter(name[0]) || name[0] == '_') || !name.All(c => char.IsLetterOrDigit(c) || c == '_'))
            throw new ConfigurationException(path, "--param", $"'{name}' is not a C# variable name", "use --param name=value with the name of a variable the parameters cell declares");
        return name;
    }

    internal static string Literal(string value)
    {
        if (value is "true" or "false") return value;
        if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)) return l.ToString(CultureInfo.InvariantCulture);
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d))
        {
            var r = d.ToString("R", CultureInfo.InvariantCulture);
            return r.Contains('.') || r.Contains('E') ? r : r + ".0";
        }
        return Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(value, quote: true);
    }
}
