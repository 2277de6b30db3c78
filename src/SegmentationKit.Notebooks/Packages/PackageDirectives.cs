using System.Text;
using System.Text.RegularExpressions;

namespace SegmentationKit.Notebooks.Packages;

/// <summary>The package lines of a cell, as .NET Interactive writes them:
/// <c>#r "nuget: Name, Version"</c> (version optional) and <c>#i "nuget: source"</c> (a feed URL or
/// a local folder of .nupkg files). <c>#i</c> is not C#, so it is blanked out of the code Roslyn
/// compiles; the line stays, empty, so error line numbers still match the cell.</summary>
internal sealed partial class PackageDirectives
{
    private PackageDirectives(string code, IReadOnlyList<PackageRequest> packages, IReadOnlyList<(int Line, string Source)> sources)
    {
        Code = code;
        Packages = packages;
        Sources = sources;
    }

    /// <summary>The cell with its <c>#i</c> lines blanked.</summary>
    public string Code { get; }

    public IReadOnlyList<PackageRequest> Packages { get; }

    /// <summary>Package sources added by <c>#i</c>, with their 1-based line in the cell.</summary>
    public IReadOnlyList<(int Line, string Source)> Sources { get; }

    [GeneratedRegex("""^\s*#r\s+"\s*nuget\s*:(?<spec>[^"]*)"\s*(//.*)?$""", RegexOptions.IgnoreCase)]
    private static partial Regex NuGetReference();

    [GeneratedRegex("""^\s*#i\s+"(?<value>[^"]*)"\s*(//.*)?$""")]
    private static partial Regex Include();

    public static PackageDirectives Parse(string code)
    {
        var packages = new List<PackageRequest>();
        var sources = new List<(int, string)>();
        var lines = code.Split('\n');
        var output = new StringBuilder(code.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var text = line.TrimEnd('\r');
            if (Include().Match(text) is { Success: true } include)
            {
                var value = include.Groups["value"].Value.Trim();
                if (!value.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase))
                    throw new PackageRestoreException(i + 1,
                        $"#i \"{value}\" is not a package source",
                        "write #i \"nuget: <feed URL or folder of .nupkg files>\"");
                var source = value["nuget:".Length..].Trim();
                if (source.Length == 0)
                    throw new PackageRestoreException(i + 1, "#i \"nuget:\" names no source", "write #i \"nuget: <feed URL or folder of .nupkg files>\"");
                sources.Add((i + 1, source));
                line = line.EndsWith('\r') ? "\r" : "";
            }
            else if (NuGetReference().Match(text) is { Success: true } reference)
            {
                packages.Add(PackageRequest.Parse(reference.Groups["spec"].Value, i + 1));
            }
            output.Append(line);
            if (i < lines.Length - 1) output.Append('\n');
        }
        return new PackageDirectives(output.ToString(), packages, sources);
    }
}
