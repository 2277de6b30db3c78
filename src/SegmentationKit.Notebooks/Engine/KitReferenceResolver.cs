using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Scripting;
using SegmentationKit.Notebooks.Packages;

namespace SegmentationKit.Notebooks.Engine;

/// <summary>Resolves <c>#r "path.dll"</c> relative to the notebook's folder. A path to one of the
/// kit's own assemblies (the first cell of every notebook, for .NET Interactive) resolves to the
/// copy the kernel already runs, wherever it was built: loading a second copy would give two
/// incompatible <c>Segmentation</c> types and the formatters would not recognise either.
/// <c>#r "nuget: …"</c> resolves to what the session's <see cref="PackageSession"/> restored
/// before the cell compiled.</summary>
internal sealed class KitReferenceResolver : MetadataReferenceResolver
{
    private readonly ScriptMetadataResolver _inner;
    private readonly IReadOnlyDictionary<string, MetadataReference> _kit;
    private readonly Func<PackageSession> _packages;

    public KitReferenceResolver(string baseDirectory, IReadOnlyDictionary<string, MetadataReference> kit, Func<PackageSession> packages)
    {
        _inner = ScriptMetadataResolver.Default.WithBaseDirectory(baseDirectory);
        _kit = kit;
        _packages = packages;
    }

    public override bool ResolveMissingAssemblies => _inner.ResolveMissingAssemblies;

    public override ImmutableArray<PortableExecutableReference> ResolveReference(string reference, string? baseFilePath, MetadataReferenceProperties properties)
    {
        if (_packages().TryResolve(reference, out var restored)) return restored;
        var name = Path.GetFileNameWithoutExtension(reference);
        if (reference.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) && _kit.TryGetValue(name, out var known) && known is PortableExecutableReference pe)
            return [pe];
        return _inner.ResolveReference(reference, baseFilePath, properties);
    }

    public override PortableExecutableReference? ResolveMissingAssembly(MetadataReference definition, AssemblyIdentity referenceIdentity) =>
        _inner.ResolveMissingAssembly(definition, referenceIdentity);

    public override bool Equals(object? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => _inner.GetHashCode();
}
