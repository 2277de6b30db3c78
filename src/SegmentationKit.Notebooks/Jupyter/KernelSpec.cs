using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SegmentationKit.Notebooks.Jupyter;

/// <summary>Writes the Jupyter kernelspec <c>segkit-csharp</c> ("C# (SegmentationKit)"): a
/// <c>kernel.json</c> that starts the Python wrapper <c>segkit_kernel.py</c> (over ipykernel),
/// which starts the C# engine with <see cref="EngineCommand"/>.</summary>
public static class KernelSpec
{
    public const string Name = "segkit-csharp";
    public const string DisplayName = "C# (SegmentationKit)";
    public const string WrapperFile = "segkit_kernel.py";
    public const string EngineCommandVariable = "SEGKIT_ENGINE_COMMAND";

    /// <summary>The per-user kernels folder Jupyter searches (as <c>jupyter kernelspec install --user</c>).</summary>
    public static string UserKernelsFolder()
    {
        if (OperatingSystem.IsWindows())
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "jupyter", "kernels");
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsMacOS()) return Path.Combine(home, "Library", "Jupyter", "kernels");
        var data = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        return Path.Combine(string.IsNullOrEmpty(data) ? Path.Combine(home, ".local", "share") : data, "jupyter", "kernels");
    }

    /// <summary>The kernels folder under an installation prefix (as <c>--prefix</c>): PREFIX/share/jupyter/kernels.</summary>
    public static string PrefixKernelsFolder(string prefix) => Path.Combine(Path.GetFullPath(prefix), "share", "jupyter", "kernels");

    /// <summary>The command that starts this very engine in serve mode: the running <c>segkit</c>
    /// (apphost or <c>dotnet segkit.dll</c>) followed by <c>kernel serve</c>.</summary>
    public static IReadOnlyList<string> EngineCommand()
    {
        var process = Environment.ProcessPath ?? "dotnet";
        var entry = Assembly.GetEntryAssembly()?.Location;
        var isDotnetHost = Path.GetFileNameWithoutExtension(process).Equals("dotnet", StringComparison.OrdinalIgnoreCase);
        return isDotnetHost && !string.IsNullOrEmpty(entry) ? [process, entry, "kernel", "serve"] : [process, "kernel", "serve"];
    }

    /// <summary>Writes the kernelspec folder <c>segkit-csharp</c> into <paramref name="kernelsFolder"/>,
    /// replacing an older one, and returns its path.</summary>
    /// <param name="engineCommand">Command starting the engine; <see cref="EngineCommand"/> by default.</param>
    /// <param name="python">Python 3 with ipykernel; python3 from PATH by default.</param>
    public static string Install(string kernelsFolder, IReadOnlyList<string>? engineCommand = null, string? python = null)
    {
        var folder = Path.Combine(kernelsFolder, Name);
        Directory.CreateDirectory(folder);
        var wrapper = Path.Combine(folder, WrapperFile);
        File.WriteAllText(wrapper, WrapperSource(), new UTF8Encoding(false));
        var spec = new JsonObject
        {
            ["argv"] = new JsonArray(python ?? FindPython(), wrapper, "-f", "{connection_file}"),
            ["display_name"] = DisplayName,
            ["language"] = "csharp",
            ["interrupt_mode"] = "signal",
            ["env"] = new JsonObject
            {
                [EngineCommandVariable] = JsonSerializer.Serialize(engineCommand ?? EngineCommand()),
            },
            ["metadata"] = new JsonObject { ["debugger"] = false },
        };
        File.WriteAllText(Path.Combine(folder, "kernel.json"), spec.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n", new UTF8Encoding(false));
        return folder;
    }

    /// <summary>The Python wrapper's source, embedded in this assembly.</summary>
    public static string WrapperSource()
    {
        using var stream = typeof(KernelSpec).Assembly.GetManifestResourceStream(WrapperFile)
            ?? throw new InvalidOperationException($"{WrapperFile} is missing from the assembly's resources");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The first Python 3 that can import ipykernel: python3 on PATH, then the system's
    /// (a pyenv or conda python3 on PATH often lacks Debian's python3-ipykernel).</summary>
    public static string FindPython()
    {
        var candidates = new List<string>();
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in OperatingSystem.IsWindows() ? new[] { "python.exe", "python3.exe" } : ["python3"])
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate)) candidates.Add(candidate);
            }
        }
        if (!OperatingSystem.IsWindows()) candidates.AddRange(["/usr/bin/python3", "/usr/local/bin/python3"]);
        foreach (var python in candidates.Distinct().Where(File.Exists))
            if (CanImportIpykernel(python)) return python;
        return candidates.FirstOrDefault() ?? "python3";
    }

    private static bool CanImportIpykernel(string python)
    {
        try
        {
            var psi = new System.Diagnostics.ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            psi.ArgumentList.Add("-c");
            psi.ArgumentList.Add("import ipykernel");
            using var process = System.Diagnostics.Process.Start(psi)!;
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            return process.WaitForExit(30_000) && process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
