using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using SegmentationKit.Formatting;
using SegmentationKit.Notebooks.Packages;

namespace SegmentationKit.Notebooks.Engine;

/// <summary>The C# notebook kernel: runs cells one after another on Roslyn scripting, keeping
/// variables from cell to cell, and turns what they print, display and return into nbformat
/// outputs. Shared by the Jupyter kernel (<c>segkit kernel serve</c>) and the headless runner.</summary>
public sealed class NotebookEngine
{
    /// <summary>The kit's assemblies every cell references (by simple name).</summary>
    public static readonly IReadOnlyList<string> KitAssemblyNames =
        ["SegmentationKit", "SegmentationKit.Charts", "SegmentationKit.Formatting", "SegmentationKit.Notebooks", "SegmentationKit.Reports"];

    // The current directory is process-wide: cells of different engines in one process (tests, the
    // runner) take turns so each sees its own notebook folder.
    private static readonly SemaphoreSlim ProcessWideCell = new(1, 1);

    private readonly string _workingDirectory;
    private readonly CultureInfo _culture;
    private readonly CellGlobals _globals;
    private readonly ScriptOptions _options;
    private readonly IReadOnlyDictionary<string, PortableExecutableReference> _startReferences;
    private readonly IReadOnlyList<PortableExecutableReference> _kitReferences;
    private PackageSession _packages;
    private readonly object _interruptGate = new();
    private ScriptState<object>? _state;
    private CellSink? _current;
    private CancellationTokenSource? _running;

    /// <param name="workingDirectory">Folder <c>#r</c> paths and relative file paths in cells are
    /// resolved against (the notebook's folder); the current directory by default.</param>
    /// <param name="culture">Culture cells run under; invariant by default so stored outputs do not
    /// depend on the machine.</param>
    public NotebookEngine(string? workingDirectory = null, CultureInfo? culture = null)
    {
        _workingDirectory = Path.GetFullPath(workingDirectory ?? Directory.GetCurrentDirectory());
        if (!Directory.Exists(_workingDirectory))
            throw new DirectoryNotFoundException($"the notebook folder {_workingDirectory} does not exist");
        _culture = culture ?? CultureInfo.InvariantCulture;
        _globals = new CellGlobals(() => _current);
        (_options, _startReferences, _kitReferences) = BuildOptions(_workingDirectory, () => _packages!);
        _packages = new PackageSession(_startReferences, _kitReferences);
        CellConsole.Install();
    }

    /// <summary>Cells run so far in this session (the next cell gets this + 1).</summary>
    public int ExecutionCount { get; private set; }

    public string WorkingDirectory => _workingDirectory;

    /// <summary>Runs one cell. <paramref name="onOutput"/> sees each output as it happens (the Jupyter
    /// kernel forwards them live); the result holds them all. A failing cell returns an error output
    /// and leaves the session as it was before the cell.</summary>
    public async Task<CellResult> ExecuteAsync(string code, Action<CellOutput>? onOutput = null, CancellationToken cancellation = default)
    {
        await ProcessWideCell.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            return await ExecuteAloneAsync(code, onOutput, cancellation).ConfigureAwait(false);
        }
        finally
        {
            ProcessWideCell.Release();
        }
    }

    private async Task<CellResult> ExecuteAloneAsync(string code, Action<CellOutput>? onOutput, CancellationToken cancellation)
    {
        var count = ++ExecutionCount;
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        lock (_interruptGate) _running = cts;
        var sink = new CellSink(onOutput, cts.Token);
        _current = sink;
        var previousCulture = CultureInfo.CurrentCulture;
        var previousUiCulture = CultureInfo.CurrentUICulture;
        var previousDirectory = Directory.GetCurrentDirectory();
        CellError? error = null;
        try
        {
            CultureInfo.CurrentCulture = _culture;
            CultureInfo.CurrentUICulture = _culture;
            Directory.SetCurrentDirectory(_workingDirectory);
            using (CellConsole.Capture(sink))
            {
                var options = _options.WithFilePath(CellFileName(count));
                // #i and #r "nuget: …" lines: sources added and packages restored before Roslyn
                // compiles the cell, whose #r then resolves to the restored assemblies.
                var directives = PackageDirectives.Parse(code);
                if (directives.Sources.Count > 0 || directives.Packages.Count > 0)
                {
                    var packages = _packages;
                    await Task.Run(() => packages.Prepare(directives, _workingDirectory), CancellationToken.None).ConfigureAwait(false);
                    code = directives.Code;
                    if (packages.TakeAdded() is { Count: > 0 } restored) options = options.AddReferences(restored);
                }
                // Run on the thread pool so a cell that blocks does not block the caller's loop
                // (the protocol server must still read "interrupt").
                var state = await Task.Run(() => _state is null
                    ? CSharpScript.RunAsync<object>(code, options, _globals, typeof(CellGlobals), cts.Token)
                    : _state.ContinueWithAsync<object>(code, options, cts.Token), CancellationToken.None).ConfigureAwait(false);
                _state = state;
                if (ResultValue(state) is { } value)
                    sink.Add(CellOutput.Result(count, DisplayFormatter.Format(value.Value)));
            }
        }
        catch (CompilationErrorException e)
        {
            var errors = e.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            var shown = errors.Length > 0 ? errors : e.Diagnostics.ToArray();
            int? line = shown.Length > 0 ? shown[0].Location.GetLineSpan().StartLinePosition.Line + 1 : null;
            var lines = shown.Select(d => $"line {d.Location.GetLineSpan().StartLinePosition.Line + 1}: {d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)}").ToArray();
            error = new CellError(count, line, "CompilationError", string.Join("\n", lines), lines);
        }
        catch (PackageRestoreException e)
        {
            error = new CellError(count, e.Line, "PackageRestoreError", e.Message, [$"PackageRestoreError: {e.Message}", $"   in cell {count}, line {e.Line}"]);
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested)
        {
            error = new CellError(count, null, "Interrupted", "the cell was interrupted", ["Interrupted: the cell was interrupted"]);
        }
        catch (Exception e)
        {
            error = RuntimeError(count, e);
        }
        finally
        {
            lock (_interruptGate) _running = null;
            _current = null;
            CultureInfo.CurrentCulture = previousCulture;
            CultureInfo.CurrentUICulture = previousUiCulture;
            Directory.SetCurrentDirectory(previousDirectory);
        }

        if (error is not null) sink.Add(CellOutput.Error(error));
        return new CellResult(count, sink.Finish(), error);
    }

    /// <summary>Compiles and runs a trivial cell outside the session (no variable, no execution
    /// count), so the first real cell does not pay Roslyn's start-up (about 2–3 s) against a cell
    /// timeout. The kernel server does this before it says it is ready.</summary>
    public void WarmUp()
    {
        var options = _options.WithFilePath("warm-up.csx");
        CSharpScript.RunAsync<object>("System.Linq.Enumerable.Range(1, 2).Sum()", options, _globals, typeof(CellGlobals)).GetAwaiter().GetResult();
    }

    /// <summary>Asks the running cell to stop: console writes, <c>display</c> and the next
    /// statement boundary Roslyn checks throw, and the cell ends with an "Interrupted" error.</summary>
    public void Interrupt()
    {
        lock (_interruptGate) _running?.Cancel();
    }

    /// <summary>Forgets every variable and starts counting cells from 1 again.</summary>
    public void Restart()
    {
        Interrupt();
        _state = null;
        ExecutionCount = 0;
        _packages = new PackageSession(_startReferences, _kitReferences);
    }

    internal static string CellFileName(int count) => $"cell{count}.csx";

    private static ScriptVariable? ResultValue(ScriptState<object> state)
    {
        // ReturnValue is null both for "no trailing expression" and for an expression that is null;
        // neither shows anything, as in Jupyter.
        return state.ReturnValue is { } v ? new ScriptVariable(v) : null;
    }

    private CellError RuntimeError(int count, Exception e)
    {
        while (e is AggregateException { InnerExceptions.Count: 1 } agg) e = agg.InnerExceptions[0];
        if (e is TargetInvocationException { InnerException: { } inner }) e = inner;
        var file = CellFileName(count);
        int? line = null;
        var frames = new List<string>();
        foreach (var frame in new StackTrace(e, fNeedFileInfo: true).GetFrames())
        {
            var name = frame.GetFileName();
            var method = frame.GetMethod();
            if (name is not null && Path.GetFileName(name).StartsWith("cell", StringComparison.Ordinal) && name.EndsWith(".csx", StringComparison.Ordinal))
            {
                var cellNumber = Path.GetFileNameWithoutExtension(name)[4..];
                if (Path.GetFileName(name) == file) line ??= frame.GetFileLineNumber();
                frames.Add($"   in cell {cellNumber}, line {frame.GetFileLineNumber()}");
            }
            else if (method?.DeclaringType is { } type && !IsPlumbing(type))
            {
                frames.Add($"   at {type.FullName}.{method.Name}");
            }
        }
        var traceback = new List<string> { $"{e.GetType().Name}: {e.Message}" };
        traceback.AddRange(frames);
        return new CellError(count, line, e.GetType().Name, e.Message, traceback);
    }

    // Frames of the framework and of Roslyn's script runner say nothing about the user's code;
    // the kit's own frames do (where in the library a bad argument was refused).
    private static bool IsPlumbing(Type type)
    {
        var ns = type.Namespace ?? "";
        return ns == "System" || ns.StartsWith("System.", StringComparison.Ordinal) || ns.StartsWith("Internal.", StringComparison.Ordinal)
            || ns.StartsWith("Microsoft.", StringComparison.Ordinal) || type.Name.StartsWith('<');
    }

    private static (ScriptOptions Options, IReadOnlyDictionary<string, PortableExecutableReference> ByName, IReadOnlyList<PortableExecutableReference> Kit)
        BuildOptions(string baseDirectory, Func<PackageSession> packages)
    {
        // On .NET (Core) Roslyn scripting does not reference the framework by itself: System.Linq,
        // System.Collections and friends must be passed explicitly. The trusted platform assemblies
        // are the framework and the host application's own assemblies.
        var tpa = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var frameworkDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var references = new List<MetadataReference>();
        var kit = new Dictionary<string, MetadataReference>(StringComparer.OrdinalIgnoreCase);
        var byName = new Dictionary<string, PortableExecutableReference>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in tpa)
        {
            if (!string.Equals(Path.GetDirectoryName(path), frameworkDir, StringComparison.Ordinal)) continue;
            var reference = MetadataReference.CreateFromFile(path);
            references.Add(reference);
            byName[Path.GetFileNameWithoutExtension(path)] = reference;
        }
        var kitReferences = new List<PortableExecutableReference>();
        foreach (var name in KitAssemblyNames)
        {
            var assembly = Assembly.Load(name);
            var reference = MetadataReference.CreateFromFile(assembly.Location);
            references.Add(reference);
            kit[name] = reference;
            byName[name] = reference;
            kitReferences.Add(reference);
        }
        // The kit's own dependencies are loaded already; a package depending on them gets these copies.
        foreach (var name in KitAssemblyNames.SelectMany(n => Assembly.Load(n).GetReferencedAssemblies()).Select(a => a.Name!).Distinct())
        {
            if (byName.ContainsKey(name)) continue;
            try
            {
                var location = Assembly.Load(name).Location;
                if (location.Length > 0) byName[name] = MetadataReference.CreateFromFile(location);
            }
            catch (FileNotFoundException)
            {
                // Referenced but never needed at run time: nothing to share.
            }
        }
        var imports = new SortedSet<string>(StringComparer.Ordinal)
        {
            "System", "System.Collections.Generic", "System.Globalization", "System.IO", "System.Linq",
            "System.Text", "System.Threading.Tasks",
        };
        foreach (var name in KitAssemblyNames.Take(2))
        {
            foreach (var type in Assembly.Load(name).GetExportedTypes())
                if (type.Namespace is { } ns) imports.Add(ns);
        }
        var options = ScriptOptions.Default
            .WithReferences(references)
            .WithImports(imports)
            .WithMetadataResolver(new KitReferenceResolver(baseDirectory, kit, packages))
            .WithSourceResolver(new SourceFileResolver([], baseDirectory))
            .WithEmitDebugInformation(true)
            .WithOptimizationLevel(OptimizationLevel.Debug)
            .WithAllowUnsafe(false)
            .WithLanguageVersion(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest)
            .WithFileEncoding(System.Text.Encoding.UTF8);
        return (options, byName, kitReferences);
    }

    private sealed record ScriptVariable(object Value);
}
