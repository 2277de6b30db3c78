using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SegmentationKit.Notebooks.Packages;

/// <summary>Restores <c>#r "nuget: …"</c> packages the way a project does, so the machine's NuGet
/// configuration (sources, credentials, the global packages folder) applies: a small project with
/// one PackageReference per package is written to a temporary folder, <c>dotnet restore</c> runs on
/// it, and the runtime assemblies of every package in the resolved graph are read from its
/// <c>project.assets.json</c>.</summary>
internal sealed class NuGetRestorer
{
    /// <summary>How long one restore may take (a first download of a large graph included).</summary>
    public static readonly TimeSpan RestoreTimeout = TimeSpan.FromMinutes(5);

    private readonly string _workRoot;

    public NuGetRestorer(string? workRoot = null) =>
        _workRoot = workRoot ?? Path.Combine(Path.GetTempPath(), "segkit-nuget");

    /// <summary>Target framework of the restore: the runtime's own (net10.0 on .NET 10).</summary>
    public static string TargetFramework => $"net{Environment.Version.Major}.0";

    /// <summary>Restores <paramref name="packages"/> together from the configured sources plus
    /// <paramref name="extraSources"/> and returns the full paths of the runtime assemblies of the
    /// whole graph, in a stable order.</summary>
    /// <param name="line">Line of the cell reported when the restore fails.</param>
    public IReadOnlyList<string> Restore(IReadOnlyList<PackageRequest> packages, IReadOnlyList<string> extraSources, int line)
    {
        var project = ProjectText(packages, extraSources);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(project)))[..16];
        var folder = Path.Combine(_workRoot, hash);
        Directory.CreateDirectory(folder);
        var projectPath = Path.Combine(folder, "segkit-packages.csproj");
        File.WriteAllText(projectPath, project, new UTF8Encoding(false));

        var (exit, output) = RunRestore(projectPath);
        var assets = Path.Combine(folder, "obj", "project.assets.json");
        if (exit != 0 || !File.Exists(assets))
        {
            var errors = output.Split('\n').Select(l => l.Trim()).Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase))
                .Select(l => l.Replace(projectPath + " : ", "", StringComparison.Ordinal)).Distinct().Take(5).ToArray();
            var said = errors.Length > 0 ? string.Join("; ", errors) : output.Trim();
            throw new PackageRestoreException(line,
                $"could not restore {string.Join(", ", packages)}: {said}",
                "check the package name and version, and that a source that has it is configured (nuget.config) or added with #i \"nuget: <source>\"");
        }
        return RuntimeAssemblies(assets);
    }

    internal static string ProjectText(IReadOnlyList<PackageRequest> packages, IReadOnlyList<string> extraSources)
    {
        var text = new StringBuilder();
        text.Append("<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n");
        text.Append($"    <TargetFramework>{TargetFramework}</TargetFramework>\n");
        text.Append("    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>\n");
        text.Append("    <NuGetAudit>false</NuGetAudit>\n");
        if (extraSources.Count > 0)
            text.Append($"    <RestoreAdditionalProjectSources>{WebUtility.HtmlEncode(string.Join(";", extraSources))}</RestoreAdditionalProjectSources>\n");
        text.Append("  </PropertyGroup>\n  <ItemGroup>\n");
        foreach (var p in packages.DistinctBy(p => p.Id, StringComparer.OrdinalIgnoreCase))
            text.Append($"    <PackageReference Include=\"{WebUtility.HtmlEncode(p.Id)}\" Version=\"{WebUtility.HtmlEncode(p.Version ?? "*")}\" />\n");
        text.Append("  </ItemGroup>\n</Project>\n");
        return text.ToString();
    }

    private static (int Exit, string Output) RunRestore(string projectPath)
    {
        var psi = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(projectPath)!,
        };
        foreach (var a in new[] { "restore", projectPath, "--nologo", "-v", "quiet" }) psi.ArgumentList.Add(a);
        // A kernel started by `dotnet test` or `dotnet run` inherits MSBuild's variables, which
        // would point this restore at the parent's build.
        foreach (var key in psi.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToArray())
            psi.Environment.Remove(key);
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("dotnet restore did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(RestoreTimeout))
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"dotnet restore did not finish within {RestoreTimeout.TotalMinutes:0} minutes");
        }
        return (process.ExitCode, stdout.Result + "\n" + stderr.Result);
    }

    /// <summary>The dotnet host: the one running this process, else DOTNET_HOST_PATH, DOTNET_ROOT, PATH.</summary>
    internal static string DotnetHost()
    {
        var name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        if (Environment.ProcessPath is { } self && Path.GetFileName(self).Equals(name, StringComparison.OrdinalIgnoreCase)) return self;
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)) return host;
        if (Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } root && File.Exists(Path.Combine(root, name))) return Path.Combine(root, name);
        return name;
    }

    /// <summary>Runtime assemblies of every package in the restored graph (placeholders "_._" skipped).</summary>
    internal static IReadOnlyList<string> RuntimeAssemblies(string assetsPath)
    {
        var assets = JsonNode.Parse(File.ReadAllText(assetsPath))!;
        var packageFolder = assets["packageFolders"]!.AsObject().Select(p => p.Key).First();
        var libraries = assets["libraries"]!.AsObject();
        var target = assets["targets"]!.AsObject().First(t => !t.Key.Contains('/')).Value!.AsObject();
        var paths = new List<string>();
        foreach (var (name, entry) in target.OrderBy(e => e.Key, StringComparer.OrdinalIgnoreCase))
        {
            if ((string?)entry!["type"] != "package" || entry["runtime"] is not JsonObject runtime) continue;
            var libraryPath = (string)libraries[name]!["path"]!;
            foreach (var (file, _) in runtime)
            {
                if (file.EndsWith("/_._", StringComparison.Ordinal) || !file.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)) continue;
                paths.Add(Path.GetFullPath(Path.Combine(packageFolder, libraryPath, file)));
            }
        }
        return paths;
    }
}
