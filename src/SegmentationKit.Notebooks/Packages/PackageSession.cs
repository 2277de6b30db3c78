using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SegmentationKit.Notebooks.Packages;

/// <summary>The packages of one kernel session: sources added by <c>#i</c>, packages restored by
/// <c>#r "nuget: …"</c>, and the references each directive resolves to. The kit's own packages
/// (the first cell of every notebook loads them under .NET Interactive) are built into this kernel:
/// they resolve to the copies it already runs, with no restore, since a second copy would give two
/// incompatible <c>Segmentation</c> types.</summary>
internal sealed class PackageSession
{
    /// <summary>Package ids this kernel already has loaded.</summary>
    public static readonly IReadOnlySet<string> BuiltInPackages = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "SegmentationKit", "SegmentationKit.Charts", "SegmentationKit.Formatting", "SegmentationKit.Notebooks", "SegmentationKit.Interactive",
    };

    private readonly NuGetRestorer _restorer;
    private readonly ImmutableArray<PortableExecutableReference> _kit;
    private readonly Dictionary<string, PortableExecutableReference> _byName;
    private readonly List<string> _sources = new();
    private readonly List<PackageRequest> _restored = new();
    private readonly Dictionary<string, ImmutableArray<PortableExecutableReference>> _resolved = new(StringComparer.Ordinal);
    private readonly List<PortableExecutableReference> _added = new();

    /// <param name="loaded">Every reference the session starts with (framework and kit), by simple name.</param>
    /// <param name="kit">The kit's references, the core first: a directive that adds nothing resolves
    /// to the core, already referenced (Roslyn wants at least one reference per <c>#r</c>).</param>
    public PackageSession(IReadOnlyDictionary<string, PortableExecutableReference> loaded, IEnumerable<PortableExecutableReference> kit, NuGetRestorer? restorer = null)
    {
        _byName = new Dictionary<string, PortableExecutableReference>(loaded, StringComparer.OrdinalIgnoreCase);
        _kit = [.. kit];
        _restorer = restorer ?? new NuGetRestorer();
    }

    /// <summary>Adds the cell's sources and restores its packages, before the cell compiles.</summary>
    public void Prepare(PackageDirectives directives, string workingDirectory)
    {
        foreach (var (_, source) in directives.Sources)
        {
            var full = IsUrl(source) ? source : Path.GetFullPath(Path.Combine(workingDirectory, source));
            if (!_sources.Contains(full, StringComparer.Ordinal)) _sources.Add(full);
        }
        var toRestore = new List<PackageRequest>();
        foreach (var request in directives.Packages)
        {
            if (BuiltInPackages.Contains(request.Id)) _resolved[request.Key()] = [_kit[0]];
            else if (!_resolved.ContainsKey(request.Key())) toRestore.Add(request);
        }
        if (toRestore.Count == 0) return;

        // Restored together with the packages of earlier cells, so shared dependencies agree.
        var all = _restored.Where(r => !toRestore.Any(t => t.Id.Equals(r.Id, StringComparison.OrdinalIgnoreCase))).Concat(toRestore).ToList();
        // A local folder that does not exist (the kit's packages, not packed yet) would fail the whole
        // restore; it is left out and named if the restore then misses a package.
        var usable = _sources.Where(s => IsUrl(s) || Directory.Exists(s)).ToList();
        IReadOnlyList<string> paths;
        try
        {
            paths = _restorer.Restore(all, usable, toRestore[0].Line);
        }
        catch (PackageRestoreException e) when (_sources.Count > usable.Count)
        {
            var missing = string.Join(", ", _sources.Except(usable));
            throw new PackageRestoreException(e.Line, $"{e.Message} (the package source {missing} given by #i does not exist and was left out)",
                "create it (for the kit's packages: dotnet pack -c Release -o artifacts/packages) or correct the #i path");
        }

        var added = new List<PortableExecutableReference>();
        foreach (var path in paths)
        {
            var name = Path.GetFileNameWithoutExtension(path);
            // Already referenced (the framework, the kit, an earlier package): one copy per name.
            if (_byName.ContainsKey(name)) continue;
            var reference = MetadataReference.CreateFromFile(path);
            _byName[name] = reference;
            added.Add(reference);
        }
        _restored.Clear();
        _restored.AddRange(all);
        _added.AddRange(added);
        // Roslyn scripting takes one reference per #r: the directive resolves to one assembly (or to
        // the kit, already referenced) and the whole graph joins the cell's options (TakeAdded).
        foreach (var request in toRestore)
        {
            var own = added.FirstOrDefault(r => Path.GetFileNameWithoutExtension(r.FilePath ?? "").Equals(request.Id, StringComparison.OrdinalIgnoreCase));
            _resolved[request.Key()] = [own ?? (added.Count > 0 ? added[0] : _kit[0])];
        }
    }

    /// <summary>References restored since the last call, for the options of the cell about to compile.</summary>
    public IReadOnlyList<PortableExecutableReference> TakeAdded()
    {
        var taken = _added.ToArray();
        _added.Clear();
        return taken;
    }

    /// <summary>What Roslyn's <c>#r "nuget: …"</c> resolves to, once <see cref="Prepare"/> restored it.</summary>
    public bool TryResolve(string reference, out ImmutableArray<PortableExecutableReference> references)
    {
        references = default;
        var trimmed = reference.Trim();
        if (!trimmed.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase)) return false;
        var request = PackageRequest.Parse(trimmed["nuget:".Length..], 0);
        return _resolved.TryGetValue(request.Key(), out references);
    }

    private static bool IsUrl(string source) =>
        Uri.TryCreate(source, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
