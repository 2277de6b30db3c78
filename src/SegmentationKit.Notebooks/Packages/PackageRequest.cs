namespace SegmentationKit.Notebooks.Packages;

/// <summary>One <c>#r "nuget: Id, Version"</c>: the package id, the version (null: the latest
/// stable one) and the 1-based line of the directive in its cell.</summary>
internal sealed record PackageRequest(string Id, string? Version, int Line)
{
    /// <summary>"Humanizer.Core, 2.14.1" or "Humanizer.Core".</summary>
    public static PackageRequest Parse(string spec, int line)
    {
        var parts = spec.Split(',', StringSplitOptions.TrimEntries);
        var id = parts[0];
        if (id.Length == 0 || parts.Length > 2 || id.Any(c => char.IsWhiteSpace(c) || c is '/' or '\\' or ';'))
            throw new PackageRestoreException(line, $"#r \"nuget:{spec}\" does not name one package",
                "write #r \"nuget: PackageName, Version\" (the version may be left out for the latest stable release)");
        var version = parts.Length == 2 && parts[1].Length > 0 ? parts[1] : null;
        if (version is not null && version.Any(char.IsWhiteSpace))
            throw new PackageRestoreException(line, $"'{version}' is not a package version", "write a version such as 2.14.1, or a range such as [2.14,3.0)");
        return new PackageRequest(id, version, line);
    }

    /// <summary>The key Roslyn hands the reference resolver for this directive.</summary>
    public static string Key(string id, string? version) => version is null ? id.ToLowerInvariant() : $"{id.ToLowerInvariant()}, {version}";

    public string Key() => Key(Id, Version);

    public override string ToString() => Version is null ? Id : $"{Id} {Version}";
}
