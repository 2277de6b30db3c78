using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using SegmentationKit.Errors;

namespace SegmentationKit.IO;

/// <summary>Writes a run's folder all-or-nothing, so the folder holds exactly one run's files.
/// <list type="bullet">
/// <item>Files are written into a hidden staging folder beside the destination
/// (<c>.NAME.segkit-staging-PID-GUID</c>); nothing under the destination changes before
/// <see cref="Commit"/>.</item>
/// <item><see cref="Commit"/> puts the staging folder in the destination's place with one rename
/// (an atomic exchange on Linux, <c>renameat2(RENAME_EXCHANGE)</c>; elsewhere two renames), then deletes
/// the previous run. A process killed at any moment, even with SIGKILL, leaves the previous contents
/// or, between the two renames of the fallback, no folder: never a half-written file, never two runs mixed.</item>
/// <item>A destination that exists must be empty or hold an earlier run of the same command (its
/// manifest.json names the command and lists every file): a folder with other files, or another
/// command's run, is refused before any work is done.</item>
/// <item>Disposing without committing, or <see cref="AbandonAll"/> (a front end's Ctrl-C / SIGTERM
/// handler), deletes the staging folder; staging folders of processes that no longer run (killed)
/// are swept when the next run opens a folder beside them.</item>
/// <item><see cref="OutputMode.AddFiles"/> adds files to an existing run (e.g. a new profile of a
/// segment run) by renaming each one into place, leaving the run's other files and manifest alone.</item>
/// </list>
/// A destination that cannot be a folder (an existing file, a path under a file, a name too long) and
/// every file-system failure while writing (read-only folder, permission, full disk) are
/// <see cref="ConfigurationException"/>s naming the option and the path the user typed.</summary>
public sealed class OutputFolder : IDisposable
{
    /// <summary>Longest file or folder name most file systems accept, in bytes of UTF-8.</summary>
    public const int MaxNameBytes = 255;

    /// <summary>What staging folders of the kit are called: <c>.NAME.segkit-staging-PID-GUID</c>.</summary>
    public const string StagingMarker = ".segkit-staging-";

    /// <summary>What a replaced run is called in the moment between the two renames of the fallback.</summary>
    public const string OldMarker = ".segkit-old-";

    public const string ManifestFile = "manifest.json";

    private static readonly object Gate = new();
    private static readonly List<OutputFolder> Open = new();

    private readonly string _staging;
    private readonly string? _createdParent;
    private readonly IReadOnlyCollection<string>? _layoutWithoutManifest;
    private readonly List<string> _files = new();
    private bool _committed;
    private bool _abandoned;

    /// <param name="destination">The folder to write; created or replaced.</param>
    /// <param name="inputsNotToOverwrite">Full paths of the run's inputs, which no output may replace.</param>
    /// <param name="option">The option that named the folder, for messages (e.g. "--out").</param>
    /// <param name="typed">The folder as the user typed it, for messages; default <paramref name="destination"/>.</param>
    /// <param name="command">The command whose run this is (e.g. "segment"): an existing destination
    /// must hold a run of the same command. Null: any earlier kit run may be replaced.</param>
    /// <param name="mode">Replace the folder (default) or add files to an existing run.</param>
    /// <param name="layoutWithoutManifest">Names an earlier version of the command wrote without a
    /// manifest: a folder holding only these is replaced like a run of the command.</param>
    public OutputFolder(string destination, IEnumerable<string>? inputsNotToOverwrite = null, string option = "--out", string? typed = null,
        string? command = null, OutputMode mode = OutputMode.Replace, IReadOnlyCollection<string>? layoutWithoutManifest = null)
    {
        _layoutWithoutManifest = layoutWithoutManifest;
        Option = option;
        Typed = typed ?? destination;
        Command = command;
        Mode = mode;
        Destination = CheckDestination(destination);
        ProtectedInputs = (inputsNotToOverwrite ?? []).Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        if (mode == OutputMode.Replace && ProtectedInputs.FirstOrDefault(i => i.StartsWith(Destination + Path.DirectorySeparatorChar, StringComparison.Ordinal)) is { } inside)
            throw new ConfigurationException(null, Option, $"{inside}: the output would overwrite an input file ({Shorten(Typed)} is replaced as a whole by the run)",
                $"choose another {Option} folder");
        var parent = Path.GetDirectoryName(Destination) ?? Path.GetPathRoot(Destination) ?? ".";
        SweepStaleStaging(parent);
        if (mode == OutputMode.Replace) CheckReplaceable();
        else if (!Directory.Exists(Destination))
            throw new ConfigurationException(null, Option, $"'{Shorten(Typed)}' does not exist, so nothing can be added to it", $"give {Option} the folder of an earlier run");
        _staging = Path.Combine(parent, $".{ShortName(Path.GetFileName(Destination))}{StagingMarker}{Environment.ProcessId}-{Guid.NewGuid():N}");
        // Parent folders created for the staging folder go again if the run does not commit.
        for (var dir = parent; !Directory.Exists(dir); dir = Path.GetDirectoryName(dir)!) _createdParent = dir;
        try
        {
            Guard(() =>
            {
                Directory.CreateDirectory(parent);
                Directory.CreateDirectory(_staging);
            });
        }
        catch
        {
            DeleteQuietly(_staging);
            RemoveCreatedParent();
            throw;
        }
        lock (Gate) Open.Add(this);
        LastOpened = this;
    }

    /// <summary>The output folder opened last in this process, so a front end can explain a
    /// file-system error thrown while its files were written (see <see cref="Explain"/>).</summary>
    public static OutputFolder? LastOpened { get; private set; }

    /// <summary>Full path of the folder.</summary>
    public string Destination { get; }

    /// <summary>The option that named the folder ("--out").</summary>
    public string Option { get; }

    /// <summary>The folder as the user typed it.</summary>
    public string Typed { get; }

    /// <summary>The command whose run this is, or null.</summary>
    public string? Command { get; }

    public OutputMode Mode { get; }

    /// <summary>The hidden folder the files are written to before <see cref="Commit"/>.</summary>
    public string StagingFolder => _staging;

    /// <summary>Relative names of the files written so far, in the order first asked for.</summary>
    public IReadOnlyList<string> Files => _files;

    private HashSet<string> ProtectedInputs { get; }

    /// <summary>Path to write <paramref name="relativeName"/> to; the file reaches
    /// <see cref="Destination"/> on <see cref="Commit"/>.</summary>
    public string PathFor(string relativeName)
    {
        if (_abandoned) throw new OperationCanceledException("the run was interrupted");
        var target = Path.GetFullPath(Path.Combine(Destination, relativeName));
        if (ProtectedInputs.Contains(target))
            throw new ConfigurationException(null, Option, $"{target}: the output would overwrite an input file", $"choose another {Option} folder");
        var staged = Path.Combine(_staging, relativeName);
        Guard(() => Directory.CreateDirectory(Path.GetDirectoryName(staged)!));
        if (!_files.Contains(relativeName)) _files.Add(relativeName);
        return staged;
    }

    public void WriteAllText(string relativeName, string text)
    {
        var path = PathFor(relativeName);
        Guard(() => File.WriteAllText(path, text, new UTF8Encoding(false)));
    }

    /// <summary>Puts the staged run in the destination's place (see the type's summary) and returns
    /// the full paths of the files written.</summary>
    public IReadOnlyList<string> Commit()
    {
        lock (Gate)
        {
            if (_abandoned) throw new OperationCanceledException("the run was interrupted");
            Guard(() =>
            {
                if (Mode == OutputMode.AddFiles) MoveFilesIn();
                else if (!Directory.Exists(Destination)) Directory.Move(_staging, Destination);
                else SwapIn();
            });
            _committed = true;
            Open.Remove(this);
        }
        return _files.Select(f => Path.Combine(Destination, f)).ToList();
    }

    private void MoveFilesIn()
    {
        // The manifest last: a reader that sees the new manifest sees the files it describes.
        foreach (var name in _files.OrderBy(f => f.EndsWith("manifest.json", StringComparison.Ordinal) ? 1 : 0))
        {
            var target = Path.Combine(Destination, name);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(Path.Combine(_staging, name), target, overwrite: true);
        }
        Directory.Delete(_staging, recursive: true);
    }

    private void SwapIn()
    {
        if (Exchange(_staging, Destination))
        {
            // The staging path now holds the previous run.
            DeleteQuietly(_staging);
            return;
        }
        var old = Path.Combine(Path.GetDirectoryName(Destination)!, $".{ShortName(Path.GetFileName(Destination))}{OldMarker}{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.Move(Destination, old);
        try
        {
            Directory.Move(_staging, Destination);
        }
        catch
        {
            Directory.Move(old, Destination);
            throw;
        }
        DeleteQuietly(old);
    }

    public void Dispose()
    {
        lock (Gate)
        {
            Open.Remove(this);
            if (_committed) return;
            DeleteQuietly(_staging);
            RemoveCreatedParent();
        }
    }

    private void RemoveCreatedParent()
    {
        try
        {
            if (_createdParent is not null && Directory.Exists(_createdParent) && !Directory.EnumerateFiles(_createdParent, "*", SearchOption.AllDirectories).Any())
                Directory.Delete(_createdParent, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An empty folder left behind is harmless.
        }
    }

    /// <summary>Deletes the staging folder of every run of this process that has not committed, and
    /// makes them refuse to go on: what a Ctrl-C or SIGTERM handler calls before the process exits.
    /// Waits for a commit in progress, so a destination is never left half swapped. Returns the
    /// destinations left as they were.</summary>
    public static IReadOnlyList<OutputFolder> AbandonAll()
    {
        lock (Gate)
        {
            var abandoned = Open.Where(o => !o._committed).ToList();
            foreach (var o in abandoned)
            {
                o._abandoned = true;
                DeleteQuietly(o._staging);
                o.RemoveCreatedParent();
            }
            Open.Clear();
            return abandoned;
        }
    }

    /// <summary>Removes staging and replaced-run folders (and staged single files, such as a notebook
    /// being saved) of the kit in <paramref name="parent"/> whose process is gone (killed before it could
    /// clean up); those of running processes are left alone.</summary>
    public static void SweepStaleStaging(string parent)
    {
        if (!Directory.Exists(parent)) return;
        IEnumerable<string> candidates;
        try
        {
            candidates = Directory.EnumerateFileSystemEntries(parent, ".*.segkit-*").ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }
        foreach (var dir in candidates)
        {
            var name = Path.GetFileName(dir);
            var at = name.IndexOf(StagingMarker, StringComparison.Ordinal) is var s and >= 0 ? s + StagingMarker.Length
                : name.IndexOf(OldMarker, StringComparison.Ordinal) is var o and >= 0 ? o + OldMarker.Length : -1;
            if (at < 0) continue;
            var dash = name.IndexOf('-', at);
            if (dash < 0 || !int.TryParse(name.AsSpan(at, dash - at), out var pid)) continue;
            if (pid == Environment.ProcessId || IsRunning(pid)) continue;
            if (File.Exists(dir))
            {
                try { File.Delete(dir); } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
            }
            else DeleteQuietly(dir);
        }
    }

    private static bool IsRunning(int pid)
    {
        if (OperatingSystem.IsLinux()) return Directory.Exists($"/proc/{pid}");
        try
        {
            using var p = System.Diagnostics.Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static void DeleteQuietly(string dir)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A file still being written (another thread) can make one attempt fail; the next run sweeps what stays.
            }
        }
    }

    /// <summary>An existing destination must be empty or an earlier run of the same command whose
    /// manifest lists every file in it: anything else would be lost when the run replaces the folder.</summary>
    private void CheckReplaceable()
    {
        if (!Directory.Exists(Destination)) return;
        List<string> entries;
        try
        {
            entries = Directory.EnumerateFileSystemEntries(Destination).Select(e => Path.GetFileName(e)!).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Describe(e, Option, Typed, Destination);
        }
        if (entries.Count == 0) return;
        var manifests = entries.Where(e => e == ManifestFile || e.EndsWith("." + ManifestFile, StringComparison.Ordinal)).ToList();
        var allowed = new HashSet<string>(manifests, StringComparer.Ordinal);
        string? previous = null;
        foreach (var m in manifests)
        {
            if (ReadManifest(Path.Combine(Destination, m)) is not { } manifest) continue;
            if (m == ManifestFile) previous = manifest.Command;
            foreach (var output in manifest.Outputs) allowed.Add(output.Split('/', '\\')[0]);
        }
        if (previous is null && _layoutWithoutManifest is not null && entries.All(_layoutWithoutManifest.Contains)) return;
        if (previous is null)
            throw new ConfigurationException(null, Option,
                $"'{Shorten(Typed)}' already exists and holds files segkit did not write ({List(entries)}); a run replaces its {Option} folder as a whole",
                $"give {Option} a new or empty folder, or move those files out first");
        if (Command is not null && previous != Command)
            throw new ConfigurationException(null, Option,
                $"'{Shorten(Typed)}' holds a segkit {previous} run; this {Command} run would replace it",
                $"give {Option} a new folder, e.g. {Option} {Shorten(Typed)}-{Command}");
        var foreign = entries.Where(e => !allowed.Contains(e)).ToList();
        if (foreign.Count > 0)
            throw new ConfigurationException(null, Option,
                $"'{Shorten(Typed)}' holds a segkit {previous} run and files that run did not write ({List(foreign)}); a run replaces its {Option} folder as a whole",
                $"move those files out of {Shorten(Typed)}, or give {Option} a new folder");
    }

    private static string List(IReadOnlyList<string> names) =>
        string.Join(", ", names.Order(StringComparer.Ordinal).Take(5)) + (names.Count > 5 ? $" and {names.Count - 5} more" : "");

    private sealed record ManifestHead(string Command, IReadOnlyList<string> Outputs);

    private static ManifestHead? ReadManifest(string path)
    {
        try
        {
            if (new FileInfo(path).Length > 16 << 20) return null;
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("command", out var c) || c.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("kit_version", out _))
                return null;
            var outputs = root.TryGetProperty("outputs", out var o) && o.ValueKind == JsonValueKind.Array
                ? o.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
                : [];
            return new ManifestHead(c.GetString()!, outputs);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Linux's atomic exchange of two paths (both must exist); false where it is not
    /// available (another system, an old kernel, a file system without it), for the two-rename fallback.</summary>
    private static bool Exchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            if (RenameAt2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0) return true;
            var errno = Marshal.GetLastPInvokeError();
            if (errno is 22 or 38 or 95) return false; // EINVAL, ENOSYS, EOPNOTSUPP: not supported here
            throw new IOException($"{new System.ComponentModel.Win32Exception(errno).Message} : '{b}'", errno);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int RenameAt2(int oldDirFd, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, int newDirFd,
        [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);

    /// <summary>The user's version of a file-system error thrown while this folder was created or
    /// written: what failed, with the option and path typed, and the fix. Null when
    /// <paramref name="e"/> is not a file-system error about this folder.</summary>
    public ConfigurationException? Explain(Exception e)
    {
        if (e is not (IOException or UnauthorizedAccessException)) return null;
        if (!Concerns(e.Message)) return null;
        return Describe(e, Option, Typed, Destination);
    }

    private bool Concerns(string message) =>
        message.Contains(_staging, StringComparison.Ordinal) || message.Contains(Destination, StringComparison.Ordinal)
        || message.Contains(Path.GetDirectoryName(Destination) ?? "\0", StringComparison.Ordinal);

    private void Guard(Action action)
    {
        try
        {
            action();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Describe(e, Option, Typed, Destination);
        }
    }

    /// <summary>A file-system error at an output path in the user's words (errno from .NET's
    /// IOException.HResult on Unix).</summary>
    public static ConfigurationException Describe(Exception e, string option, string typed, string destination)
    {
        var shown = Shorten(typed);
        var where = $"{option} {shown}";
        var errno = e is IOException ? e.HResult : 0;
        return e switch
        {
            PathTooLongException => NameTooLong(option, typed, destination),
            UnauthorizedAccessException => new ConfigurationException(null, option,
                $"'{shown}': permission denied writing in {Shorten(Path.GetDirectoryName(destination) ?? destination)}",
                $"give {option} a folder you can write to, or change that folder's permissions"),
            DirectoryNotFoundException => new ConfigurationException(null, option,
                $"'{shown}' cannot be created: part of the path is missing or is a file",
                $"give {option} a path whose parent folders exist or can be created"),
            _ when errno is 28 or 122 => new ConfigurationException(null, option,
                $"'{shown}': the disk is full (no space left while writing the run)",
                $"free space on the disk that holds {Shorten(Path.GetDirectoryName(destination) ?? destination)}, or give {option} a folder on another disk"),
            _ when errno is 30 => new ConfigurationException(null, option,
                $"'{shown}' is on a read-only file system",
                $"give {option} a folder on a disk you can write to"),
            _ when errno is 13 or 1 => new ConfigurationException(null, option,
                $"'{shown}': permission denied writing in {Shorten(Path.GetDirectoryName(destination) ?? destination)}",
                $"give {option} a folder you can write to, or change that folder's permissions"),
            _ when errno is 36 => NameTooLong(option, typed, destination),
            _ when errno is 20 => new ConfigurationException(null, option,
                $"'{shown}' is under a file, not a folder",
                $"give {option} a path whose parent folders are folders"),
            _ when errno is 5 => new ConfigurationException(null, option,
                $"'{shown}': the disk reported an input/output error while writing",
                $"check the disk, or give {option} a folder on another disk"),
            _ => new ConfigurationException(null, option, $"'{shown}' could not be written: {Reason(e.Message)}",
                $"check {where}: it must be a folder you can create and write to"),
        };
    }

    private static ConfigurationException NameTooLong(string option, string typed, string destination)
    {
        var longest = destination.Split(Path.DirectorySeparatorChar).Select(n => Encoding.UTF8.GetByteCount(n)).DefaultIfEmpty(0).Max();
        return new ConfigurationException(null, option,
            $"'{Shorten(typed)}' is too long (a name of {longest} bytes; file systems allow {MaxNameBytes} per name)",
            $"give {option} a shorter name");
    }

    /// <summary>The folder to write, checked before anything is created.</summary>
    private string CheckDestination(string destination)
    {
        string full;
        try
        {
            if (destination.Length == 0) throw new ArgumentException("empty");
            if (destination.Contains('\0')) throw new ArgumentException("NUL");
            full = Path.GetFullPath(destination);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new ConfigurationException(null, Option, $"'{Shorten(Typed)}' is not a valid folder path", $"give {Option} a folder name, e.g. {Option} run");
        }
        full = Path.TrimEndingDirectorySeparator(full);
        if (Path.GetPathRoot(full) == full)
            throw new ConfigurationException(null, Option, $"'{Shorten(Typed)}' is the root of the file system", $"give {Option} a folder of its own, e.g. {Option} run");
        if (full.Split(Path.DirectorySeparatorChar).Any(n => Encoding.UTF8.GetByteCount(n) > MaxNameBytes))
            throw NameTooLong(Option, Typed, full);
        if (File.Exists(full))
            throw new ConfigurationException(null, Option, $"'{Shorten(Typed)}' is a file, not a folder",
                $"give {Option} the path of a folder to create or replace, e.g. {Option} {Shorten(Typed)}-run");
        for (var dir = Path.GetDirectoryName(full); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (Directory.Exists(dir)) break;
            if (File.Exists(dir))
                throw new ConfigurationException(null, Option, $"'{Shorten(Typed)}' is under '{Shorten(dir)}', which is a file",
                    $"give {Option} a path whose parent folders are folders");
        }
        return full;
    }

    /// <summary>A name short enough to prefix a staging folder's name without passing 255 bytes.</summary>
    private static string ShortName(string name)
    {
        var shortened = name.Length <= 40 ? name : name[..40];
        return string.Concat(shortened.Where(c => !char.IsSurrogate(c)));
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..60] + "…" + text[^15..];

    /// <summary>The OS message without the path it repeats.</summary>
    private static string Reason(string message)
    {
        var cut = message.IndexOf(" : '", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
