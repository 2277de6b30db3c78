using System.Text;
using SegmentationKit.Errors;

namespace SegmentationKit.IO;

/// <summary>Writes a run's files all-or-nothing. Files are written into a hidden staging folder next
/// to the destination and moved into place only by <see cref="Commit"/>; disposing without
/// committing deletes the staging folder, so an error never leaves a half-written output.
/// A destination that cannot be a folder (an existing file, a path under a file, a name too long)
/// and every file-system failure while writing (read-only folder, permission, full disk) are
/// <see cref="ConfigurationException"/>s naming the option and the path the user typed.</summary>
public sealed class OutputFolder : IDisposable
{
    /// <summary>Longest file or folder name most file systems accept, in bytes of UTF-8.</summary>
    public const int MaxNameBytes = 255;

    /// <summary>What staging folders of the kit are called: <c>.NAME.segkit-staging-GUID</c>.</summary>
    public const string StagingMarker = ".segkit-staging-";

    private readonly string _staging;
    private readonly List<string> _files = new();
    private bool _committed;

    /// <param name="destination">The folder to write; created or replaced.</param>
    /// <param name="inputsNotToOverwrite">Full paths of the run's inputs, which no output may replace.</param>
    /// <param name="option">The option that named the folder, for messages (e.g. "--out").</param>
    /// <param name="typed">The folder as the user typed it, for messages; default <paramref name="destination"/>.</param>
    public OutputFolder(string destination, IEnumerable<string>? inputsNotToOverwrite = null, string option = "--out", string? typed = null)
    {
        Option = option;
        Typed = typed ?? destination;
        LastOpened = this;
        Destination = CheckDestination(destination);
        var parent = Path.GetDirectoryName(Destination) ?? Path.GetPathRoot(Destination) ?? ".";
        _staging = Path.Combine(parent, $".{ShortName(Path.GetFileName(Destination))}{StagingMarker}{Guid.NewGuid():N}");
        Guard(() =>
        {
            Directory.CreateDirectory(parent);
            Directory.CreateDirectory(_staging);
        });
        ProtectedInputs = (inputsNotToOverwrite ?? []).Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
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

    /// <summary>The hidden folder the files are written to before <see cref="Commit"/>.</summary>
    public string StagingFolder => _staging;

    private HashSet<string> ProtectedInputs { get; }

    /// <summary>Path to write <paramref name="relativeName"/> to; the file reaches
    /// <see cref="Destination"/> on <see cref="Commit"/>.</summary>
    public string PathFor(string relativeName)
    {
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

    /// <summary>Moves every staged file into the destination (replacing older files of the same name).</summary>
    public IReadOnlyList<string> Commit()
    {
        var written = new List<string>();
        Guard(() =>
        {
            Directory.CreateDirectory(Destination);
            foreach (var name in _files)
            {
                var target = Path.Combine(Destination, name);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Move(Path.Combine(_staging, name), target, overwrite: true);
                written.Add(target);
            }
            _committed = true;
            Directory.Delete(_staging, recursive: true);
        });
        return written;
    }

    public void Dispose()
    {
        try
        {
            if (!_committed && Directory.Exists(_staging)) Directory.Delete(_staging, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done here; the next run sweeps the staging folder.
        }
    }

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
